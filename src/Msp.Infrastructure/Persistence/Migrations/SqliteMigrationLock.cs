namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// The migration lock on SQLite: an exclusive lock on a file beside the database (<c>msp.db.migration-lock</c>).
/// SQLite's own write lock cannot serve, since DbUp commits a transaction per script and another migrator would slip
/// in between. The operating system drops the lock with the process that held it, so a killed migration leaves none;
/// the file itself stays (deleting it would let a waiting process and a new one lock two different files).
/// </summary>
internal sealed class SqliteMigrationLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private SqliteMigrationLock(FileStream file) => _file = file;

    public static string FileFor(string databaseFile) => databaseFile + ".migration-lock";

    /// <summary>Takes the lock, calling <paramref name="waiting"/> once if another process or migrator holds it.</summary>
    /// <exception cref="TimeoutException">It was not free within <paramref name="timeout"/>.</exception>
    public static SqliteMigrationLock Acquire(string databaseFile, TimeSpan timeout, Action waiting)
    {
        // A real wait, measured on the system clock whatever clock the platform is given (tests give a fake one).
        var started = TimeProvider.System.GetTimestamp();
        var waited = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: one holder, across processes.
                return new SqliteMigrationLock(new FileStream(FileFor(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException held) when (held.GetType() == typeof(IOException))
            {
                if (TimeProvider.System.GetElapsedTime(started) >= timeout)
                {
                    throw new TimeoutException($"{FileFor(databaseFile)} stayed locked for {timeout}.", held);
                }

                if (!waited)
                {
                    waiting();
                    waited = true;
                }

                Thread.Sleep(Poll);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}

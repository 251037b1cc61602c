using Microsoft.Data.SqlClient;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// The migration lock on SQL Server: an exclusive application lock (<c>sp_getapplock</c>) owned by a session of its own,
/// in the database being migrated. The offline script (<c>migrate --script</c>) takes the same lock, so a DBA's
/// <c>sqlcmd</c> and a starting instance never migrate at once either.
/// </summary>
internal sealed class SqlServerMigrationLock : IDisposable
{
    /// <summary>sp_getapplock answers 0 (granted) or 1 (granted after a wait); -1 is a timeout, below that a failure.</summary>
    private const string AcquireSql = """
        DECLARE @Result INT;
        EXEC @Result = sp_getapplock @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @TimeoutMs;
        SELECT @Result;
        """;

    private const string ReleaseSql = "EXEC sp_releaseapplock @Resource = @Resource, @LockOwner = 'Session';";

    private const int TimedOut = -1;

    private readonly SqlConnection _session;

    private SqlServerMigrationLock(SqlConnection session) => _session = session;

    /// <summary>Takes the lock, calling <paramref name="waiting"/> once if another session holds it.</summary>
    /// <exception cref="TimeoutException">It was not granted within <paramref name="timeout"/>.</exception>
    public static SqlServerMigrationLock Acquire(string connectionString, TimeSpan timeout, Action waiting)
    {
        // Unpooled: closing the connection ends the session, and with it the lock, even if the release is never sent.
        var session = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            session.Open();
            if (TryAcquire(session, TimeSpan.Zero))
            {
                return new SqlServerMigrationLock(session);
            }

            waiting();
            return TryAcquire(session, timeout)
                ? new SqlServerMigrationLock(session)
                : throw new TimeoutException($"sp_getapplock {MigrationLock.Resource} timed out after {timeout}.");
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        using (_session)
        {
            using var release = _session.CreateCommand();
            release.CommandText = ReleaseSql;
            release.Parameters.AddWithValue("@Resource", MigrationLock.Resource);
            release.ExecuteNonQuery();
        }
    }

    private static bool TryAcquire(SqlConnection session, TimeSpan timeout)
    {
        using var acquire = session.CreateCommand();
        acquire.CommandText = AcquireSql;
        acquire.Parameters.AddWithValue("@Resource", MigrationLock.Resource);
        acquire.Parameters.AddWithValue("@TimeoutMs", (int)timeout.TotalMilliseconds);
        acquire.CommandTimeout = (int)timeout.TotalSeconds + 30;
        var result = Convert.ToInt32(acquire.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return result switch
        {
            >= 0 => true,
            TimedOut => false,
            _ => throw new InvalidOperationException($"sp_getapplock {MigrationLock.Resource} answered {result}."),
        };
    }
}

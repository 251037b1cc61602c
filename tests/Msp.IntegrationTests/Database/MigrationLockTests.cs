using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Issue 30 §5: instances that start at once with <c>Database:MigrateOnStartup</c> take turns: the first migrates,
/// the second waits for the migration lock and then finds nothing pending.
/// </summary>
public sealed class MigrationLockTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"msp-lock-tests-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Two_migrators_started_at_once_on_one_file_both_succeed_and_the_journal_has_each_script_once()
    {
        for (var round = 0; round < 3; round++)
        {
            Dispose();
            using var start = new Barrier(2);
            var migrations = Enumerable.Range(0, 2)
                .Select(_ => Task.Run(() =>
                {
                    var migrator = Migrator();
                    start.SignalAndWait();
                    return migrator.Migrate();
                }))
                .ToArray();

            var applied = await Task.WhenAll(migrations);

            var names = MigrationScripts.Names(DatabaseProvider.Sqlite);
            Assert.Equal(names, applied.SelectMany(a => a).Order(StringComparer.Ordinal));
            Assert.Contains(applied, a => a.Count == 0);
            Assert.Equal(names, Journal());
            Assert.Empty(Migrator().PendingScripts());
        }
    }

    [Fact]
    public void A_migrator_that_cannot_get_the_lock_in_time_fails_with_the_lock_timeout_naming_the_file()
    {
        using var held = Migrator().Lock();

        var error = Assert.Throws<DatabaseOperationException>(() => Migrator(TimeSpan.FromMilliseconds(300)).Migrate());

        Assert.Equal(DatabaseFailure.LockTimedOut, error.Failure);
        Assert.Contains(_file, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm", _file + ".migration-lock" })
        {
            File.Delete(file);
        }
    }

    private DatabaseMigrator Migrator(TimeSpan? lockTimeout = null) => new(
        Options.Create(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={_file};Pooling=False;Default Timeout=30",
            MigrationLockTimeout = lockTimeout ?? TimeSpan.FromMinutes(1),
        }),
        NullLogger<DatabaseMigrator>.Instance);

    private List<string> Journal() => OfflineScripts.SqliteJournal($"Data Source={_file};Pooling=False").Select(row => row.Name).ToList();
}

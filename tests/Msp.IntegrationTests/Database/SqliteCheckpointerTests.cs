using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.Sqlite;

namespace Msp.IntegrationTests.Database;

/// <summary>ADR 14: commits leave the log to the background checkpointer, never to a request's own commit.</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = new();

    private readonly DatabaseOptions _options;

    private readonly SqliteConnectionPool _pool;

    public SqliteCheckpointerTests()
    {
        _options = new DatabaseOptions { ConnectionString = _database.ConnectionString };
        _pool = new SqliteConnectionPool(Options.Create(_options));
        using var connection = _database.Open();
        connection.Execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");

        // The migrations leave free pages behind (0031 drops indexes); the filler would fill those before the file grows.
        connection.Execute("VACUUM");
        connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    [Fact]
    public async Task Pooled_writes_stay_in_the_log_until_the_checkpointer_copies_them_into_the_database_file()
    {
        await using (var session = new DbSession(new SqliteDialect(), _pool))
        {
            Assert.Equal(0L, await session.QuerySingleOrDefaultAsync<long>("PRAGMA wal_autocheckpoint", null, default));
            await session.BeginAsync(default);
            for (var i = 0; i < 2000; i++)
            {
                await session.ExecuteAsync("INSERT INTO filler (text) VALUES (@Text)", new { Text = new string('x', 500) }, default);
            }

            await session.CommitAsync(default);
        }

        // A megabyte of rows, past SQLite's own 1,000-page threshold: with its autocheckpoint the commit would have
        // copied them into the file already.
        var before = DatabaseFileLength();
        using var checkpointer = new SqliteCheckpointer(Options.Create(_options), _pool, NullLogger<SqliteCheckpointer>.Instance);
        await checkpointer.StartAsync(default);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DatabaseFileLength() <= before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await checkpointer.StopAsync(default);
        Assert.True(DatabaseFileLength() > before + 1_000_000, $"The file stayed at {DatabaseFileLength()} bytes (was {before}).");
    }

    /// <summary>
    /// The soak's finding: with readers always at work the log never starts over, and a passive checkpoint never makes
    /// the file smaller. Past the threshold the checkpointer makes the log start over while readers read and writers
    /// write, and a file grown past the limit by one large transaction is trimmed to it.
    /// </summary>
    [Fact]
    public async Task A_log_past_the_threshold_starts_over_while_readers_keep_reading_and_is_trimmed_to_the_limit()
    {
        using var readers = new CancellationTokenSource();
        var reads = new int[2];
        var reading = Enumerable.Range(0, reads.Length).Select(r => Task.Run(async () =>
        {
            while (!readers.IsCancellationRequested)
            {
                await using var session = new DbSession(new SqliteDialect(), _pool);
                if (await session.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM filler WHERE id <= 100", null, default) >= 0)
                {
                    Interlocked.Increment(ref reads[r]);
                }
            }
        })).ToArray();

        var pagesPastTheLimit = (int)(SqliteCheckpointer.LogSizeLimitBytes / 4096) + 1000;
        await using (var session = new DbSession(new SqliteDialect(), _pool))
        {
            await session.BeginAsync(default);
            for (var i = 0; i < pagesPastTheLimit; i++)
            {
                await session.ExecuteAsync("INSERT INTO filler (text) VALUES (@Text)", new { Text = new string('x', 3000) }, default);
            }

            await session.CommitAsync(default);
        }

        Assert.True(LogFileLength() > SqliteCheckpointer.LogSizeLimitBytes, $"The log file holds only {LogFileLength()} bytes.");

        // Both readers at work before the checkpointer starts, a write between every look, and each reader reads again
        // after the log started over: the restart happened while they kept reading and writers kept writing
        // (conditions, not a hope that the thread pool got round to them).
        int Reads(int reader) => Volatile.Read(ref reads[reader]);
        await WaitUntilAsync(() => Reads(0) > 0 && Reads(1) > 0, "both readers have read");
        using var checkpointer = new SqliteCheckpointer(Options.Create(_options), _pool, NullLogger<SqliteCheckpointer>.Instance);
        await checkpointer.StartAsync(default);
        await WaitUntilAsync(
            () =>
            {
                WriteOneRow();
                return LogFrames() is < 100;
            },
            "the log starts over");
        var atRestart = (Reads(0), Reads(1));
        await WaitUntilAsync(() => Reads(0) > atRestart.Item1 && Reads(1) > atRestart.Item2, "both readers read on");

        await checkpointer.StopAsync(default);
        await readers.CancelAsync();
        await Task.WhenAll(reading);
        Assert.True(LogFileLength() <= SqliteCheckpointer.LogSizeLimitBytes, $"The log file still holds {LogFileLength()} bytes.");
    }

    /// <summary>A write through the pool, as a request makes it.</summary>
    private void WriteOneRow()
    {
        var session = new DbSession(new SqliteDialect(), _pool);
        try
        {
            session.ExecuteAsync("INSERT INTO filler (text) VALUES ('one')", null, default).GetAwaiter().GetResult();
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The frames the log holds, as a passive checkpoint reports them (it copies what it can and waits for nobody);
    /// null while the checkpointer's own checkpoint runs, when it reports none.
    /// </summary>
    private long? LogFrames()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        return reader.Read() && reader.GetInt64(0) == 0 ? reader.GetInt64(1) : null;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !condition(); await Task.Delay(20))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
        }
    }

    public void Dispose()
    {
        _pool.Dispose();
        _database.Dispose();
    }

    private long LogFileLength() =>
        new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_database.ConnectionString).DataSource + "-wal") is { Exists: true } log ? log.Length : 0;

    private long DatabaseFileLength() =>
        new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_database.ConnectionString).DataSource).Length;
}

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
        using var checkpointer = new SqliteCheckpointer(Options.Create(_options), NullLogger<SqliteCheckpointer>.Instance);
        await checkpointer.StartAsync(default);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DatabaseFileLength() <= before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await checkpointer.StopAsync(default);
        Assert.True(DatabaseFileLength() > before + 1_000_000, $"The file stayed at {DatabaseFileLength()} bytes (was {before}).");
    }

    public void Dispose()
    {
        _pool.Dispose();
        _database.Dispose();
    }

    private long DatabaseFileLength() =>
        new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_database.ConnectionString).DataSource).Length;
}

using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.Sqlite;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// ADR 14: writers on SQLite queue in the process for the one write lock, in arrival order, instead of colliding on it.
/// A statement here may wait only 1 s for a lock SQLite reports busy, and the first writer holds it for longer, so a
/// writer that went to SQLite's lock instead of the queue would fail with "database is locked".
/// </summary>
public sealed class WriteQueueTests : IDisposable
{
    /// <summary>The 1 s a statement may wait for a lock SQLite reports busy.</summary>
    private const string BusyTimeout = ";Default Timeout=1";

    private readonly MigratedSqliteDatabase _database = new();

    private readonly SqliteConnectionPool _pool;

    public WriteQueueTests()
    {
        _pool = new SqliteConnectionPool(Options.Create(new DatabaseOptions { ConnectionString = _database.ConnectionString + BusyTimeout }));
        using var connection = _database.Open();
        connection.Execute("CREATE TABLE race (id INTEGER PRIMARY KEY, writer TEXT NOT NULL)");
    }

    [Fact]
    public async Task Commands_racing_for_the_write_lock_all_commit_in_the_order_they_came()
    {
        await using var first = Session();
        await first.BeginAsync(default);
        await Insert(first, "first");

        var second = CommandAsync("second");
        var third = CommandAsync("third");
        await BusyTimeoutSpentAsync();
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);

        await Insert(first, "first again");
        await first.CommitAsync(default);
        await Task.WhenAll(second, third);

        Assert.Equal(["first", "first again", "second", "third"], Writers());
    }

    [Fact]
    public async Task A_write_outside_a_command_waits_for_the_command_and_readers_never_wait()
    {
        await using var command = Session();
        await command.BeginAsync(default);
        await Insert(command, "command");

        await using var single = Session();
        var statement = Insert(single, "single statement");
        await BusyTimeoutSpentAsync();
        Assert.False(statement.IsCompleted);

        await using var reader = Session();
        Assert.Equal(0L, await reader.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM race", null, default));

        await command.CommitAsync(default);
        await statement;
        Assert.Equal(["command", "single statement"], Writers());
    }

    [Fact]
    public async Task A_rolled_back_command_hands_the_turn_on_and_leaves_nothing()
    {
        await using var failing = Session();
        await failing.BeginAsync(default);
        await Insert(failing, "rolled back");
        var next = CommandAsync("next");

        await failing.RollbackAsync(default);
        await next;

        Assert.Equal(["next"], Writers());
    }

    [Fact]
    public async Task A_session_disposed_mid_command_hands_the_turn_on()
    {
        var abandoned = Session();
        await abandoned.BeginAsync(default);
        await Insert(abandoned, "abandoned");
        var next = CommandAsync("next");

        await abandoned.DisposeAsync();
        await next;

        Assert.Equal(["next"], Writers());
    }

    public void Dispose()
    {
        _pool.Dispose();
        _database.Dispose();
    }

    private DbSession Session() => new(new SqliteDialect(), _pool);

    /// <summary>Runs synchronously up to its first wait, so a command started first is in the queue first.</summary>
    private async Task CommandAsync(string writer)
    {
        await using var session = Session();
        await session.BeginAsync(default);
        await Insert(session, writer);
        await session.CommitAsync(default);
    }

    /// <summary>
    /// A writer that goes to SQLite's lock itself, outside the queue, started after the queued ones with the same busy
    /// timeout: once SQLite has told it "database is locked", a writer that had gone to the lock instead of the queue
    /// would have been told the same, and its task would be complete (faulted). A condition, not a sleep: however slow
    /// the machine, it is SQLite's own busy wait that has run out.
    /// </summary>
    private async Task BusyTimeoutSpentAsync()
    {
        await using var outsider = new SqliteConnection(_database.ConnectionString + BusyTimeout);
        await outsider.OpenAsync();
        var busy = await Assert.ThrowsAsync<SqliteException>(() => outsider.ExecuteAsync("INSERT INTO race (writer) VALUES ('outsider')"));
        Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
    }

    private static Task<int> Insert(DbSession session, string writer) =>
        session.ExecuteAsync("INSERT INTO race (writer) VALUES (@Writer)", new { Writer = writer }, default);

    private string[] Writers()
    {
        using var connection = _database.Open();
        return connection.Query<string>("SELECT writer FROM race ORDER BY id").ToArray();
    }
}

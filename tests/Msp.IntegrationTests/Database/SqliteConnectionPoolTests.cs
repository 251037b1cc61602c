using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.Sqlite;

namespace Msp.IntegrationTests.Database;

public sealed class SqliteConnectionPoolTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = new();

    private readonly SqliteConnectionPool _pool;

    public SqliteConnectionPoolTests()
    {
        _pool = new SqliteConnectionPool(Options.Create(new DatabaseOptions { ConnectionString = _database.ConnectionString }));
    }

    [Fact]
    public async Task A_released_connection_serves_the_next_request_and_two_at_once_get_two()
    {
        var first = await _pool.OpenAsync(default);
        var second = await _pool.OpenAsync(default);
        Assert.NotSame(first, second);

        await _pool.ReleaseAsync(first);
        Assert.Same(first, await _pool.OpenAsync(default));
    }

    [Fact]
    public async Task A_session_disposed_twice_gives_its_connection_back_once()
    {
        var services = new ServiceCollection()
            .AddSingleton<IDbConnectionSource>(_pool)
            .AddSingleton<ISqlDialect, SqliteDialect>()
            .AddScoped<DbSession>()
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            Assert.Equal(1L, await session.QuerySingleOrDefaultAsync<long>("SELECT 1", null, default));
            await session.DisposeAsync();
        }

        var first = await _pool.OpenAsync(default);
        var second = await _pool.OpenAsync(default);
        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task The_same_statement_runs_again_with_new_parameters_on_its_prepared_command()
    {
        var connection = await _pool.OpenAsync(default);
        var session = new DbSession(new SqliteDialect(), new SingleConnection(connection));

        Assert.Equal(2L, await session.QuerySingleOrDefaultAsync<long>("SELECT @Value + 1", new { Value = 1 }, default));
        Assert.Equal(8L, await session.QuerySingleOrDefaultAsync<long>("SELECT @Value + 1", new { Value = 7 }, default));
    }

    [Fact]
    public async Task Result_sets_are_read_in_order_and_a_single_row_means_exactly_one()
    {
        var connection = await _pool.OpenAsync(default);
        var session = new DbSession(new SqliteDialect(), new SingleConnection(connection));
        const string Batch = """
            SELECT 1 AS Id, 'one' AS Name UNION ALL SELECT 2, 'two';
            SELECT 3 AS Id, 'three' AS Name WHERE 1 = 0;
            SELECT 7;
            SELECT 8 UNION ALL SELECT 9;
            SELECT 10 WHERE 1 = 0;
            """;

        await using (var sets = await session.QueryResultSetsAsync(Batch, null, default))
        {
            Assert.Equal([new Named(1, "one"), new Named(2, "two")], await sets.ReadAsync<Named>());
            Assert.Null(await sets.ReadSingleOrDefaultAsync<Named>());
            Assert.Equal(7L, await sets.ReadSingleAsync<long>());
            await Assert.ThrowsAsync<InvalidOperationException>(() => sets.ReadSingleOrDefaultAsync<long>());
        }

        await using (var sets = await session.QueryResultSetsAsync("SELECT 10 WHERE 1 = 0;", null, default))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => sets.ReadSingleAsync<long>());
            await Assert.ThrowsAsync<InvalidOperationException>(() => sets.ReadAsync<long>());
        }
    }

    public void Dispose()
    {
        _pool.Dispose();
        _database.Dispose();
    }

    private sealed record Named(long Id, string Name);
}

using Dapper;
using Msp.Application.Common.Persistence;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Queries;

/// <summary>Runs an operation's own read SQL on the request's session, through the dialect like every statement.</summary>
public sealed class SqlReader(DbSession db) : ISqlReader
{
    public async Task<IReadOnlyList<T>> ListAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        (await db.QueryAsync<T>(sql, parameters, cancellationToken)).AsList();

    public Task<T?> SingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<T>(sql, parameters, cancellationToken);

    public async Task<SqlPage<T>> PageAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var sets = await db.QueryResultSetsAsync(sql, parameters, cancellationToken);
        var rows = await sets.ReadAsync<T>();
        return new SqlPage<T>(rows, await sets.ReadSingleAsync<long>());
    }
}

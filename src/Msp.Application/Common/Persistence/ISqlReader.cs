namespace Msp.Application.Common.Persistence;

/// <summary>
/// The read side for an operation that only reads: its SQL is a <c>const string</c> in its own folder (portable SQL;
/// <c>{{page}}</c> where the dialects differ), read straight into its wire model. An operation that writes goes
/// through the domain and a repository instead.
/// </summary>
public interface ISqlReader
{
    Task<IReadOnlyList<T>> ListAsync<T>(string sql, object? parameters, CancellationToken cancellationToken);

    Task<T?> SingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken);

    /// <summary>
    /// One page and the total in one round trip: <paramref name="sql"/> is the page's <c>SELECT … ORDER BY id {{page}};</c>
    /// followed by its <c>SELECT COUNT(*) …;</c>. The parameters carry <c>Offset</c> and <c>Limit</c>.
    /// </summary>
    Task<SqlPage<T>> PageAsync<T>(string sql, object? parameters, CancellationToken cancellationToken);
}

public sealed record SqlPage<T>(IReadOnlyList<T> Rows, long Total);

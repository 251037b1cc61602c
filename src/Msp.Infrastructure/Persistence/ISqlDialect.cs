using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The few places SQL Server and SQLite differ. Statements are written once, in the SQL both understand,
/// with these markers where they differ:
/// <list type="bullet">
/// <item><c>{{last_id}}</c>: an expression selecting the identity the previous INSERT created.</item>
/// <item><c>{{page}}</c>: the paging clause for <c>@Offset</c> and <c>@Limit</c>, after an ORDER BY.</item>
/// <item><c>{{page(offset)}}</c>: the same with an SQL expression in place of <c>@Offset</c>, e.g. a scalar subquery.</item>
/// <item><c>{{active(a)}}</c>, <c>{{visible(a)}}</c>, <c>{{available(f)}}</c>, <c>{{occupied(f)}}</c>, <c>{{enabled(s)}}</c>: a domain rule on the row so named (<see cref="DomainFilters"/>).</item>
/// </list>
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>The statement with this dialect's text in place of the markers.</summary>
    string Render(string sql);

    /// <summary>A transaction that holds the write lock from its start, so two writers never deadlock on an upgrade.</summary>
    ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether the statement failed on a unique index or key: the database's answer to "already taken".</summary>
    bool IsUniqueViolation(DbException exception);
}

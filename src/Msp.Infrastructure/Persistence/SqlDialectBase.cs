using System.Collections.Concurrent;
using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

/// <summary>Renders the markers of <see cref="ISqlDialect"/> once per statement and remembers the result.</summary>
public abstract class SqlDialectBase : ISqlDialect
{
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public abstract DatabaseProvider Provider { get; }

    protected abstract string LastInsertedId { get; }

    protected abstract string Page { get; }

    public abstract ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract bool IsUniqueViolation(DbException exception);

    public string Render(string sql) =>
        !sql.Contains("{{", StringComparison.Ordinal)
            ? sql
            : _rendered.GetOrAdd(sql, s => s
                .Replace("{{last_id}}", LastInsertedId, StringComparison.Ordinal)
                .Replace("{{page}}", Page, StringComparison.Ordinal));
}

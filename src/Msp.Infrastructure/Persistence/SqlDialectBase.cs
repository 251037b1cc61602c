using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;

namespace Msp.Infrastructure.Persistence;

/// <summary>Renders the markers of <see cref="ISqlDialect"/> once per statement and remembers the result.</summary>
public abstract partial class SqlDialectBase : ISqlDialect
{
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public abstract DatabaseProvider Provider { get; }

    protected abstract string LastInsertedId { get; }

    /// <summary>The paging clause for <c>@Limit</c> rows after the first <paramref name="offset"/> rows (an SQL expression).</summary>
    protected abstract string PageAfter(string offset);

    public abstract ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract bool IsUniqueViolation(DbException exception);

    public string Render(string sql) =>
        !sql.Contains("{{", StringComparison.Ordinal) ? sql : _rendered.GetOrAdd(sql, RenderMarkers);

    private string RenderMarkers(string sql)
    {
        var rendered = PageMarker().Replace(
            sql.Replace("{{last_id}}", LastInsertedId, StringComparison.Ordinal).Replace("{{page}}", PageAfter("@Offset"), StringComparison.Ordinal),
            marker => PageAfter(marker.Groups["offset"].Value));
        return DomainFilterMarker().Replace(rendered, marker => DomainFilters.Render(marker.Groups["rule"].Value, marker.Groups["alias"].Value));
    }

    [GeneratedRegex(@"\{\{page\((?<offset>.+?)\)\}\}", RegexOptions.Singleline)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"\{\{(?<rule>active|visible|available|occupied|enabled)\((?<alias>[A-Za-z_][A-Za-z0-9_]*)\)\}\}")]
    private static partial Regex DomainFilterMarker();
}

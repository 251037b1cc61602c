using System.Text.RegularExpressions;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// A database's schema as comparable lines: each object (table, column, index, key, constraint, trigger, view) under
/// a key that names it by what it is, not by a name the server made up (SQL Server names unnamed constraints
/// differently in every database), with a description of how it is defined. DbUp's journal is left out: it is the
/// migrator's, not the scripts'.
/// </summary>
public sealed partial class SchemaSnapshot
{
    public const string JournalTable = "SchemaVersions";

    private readonly SortedDictionary<string, string> _objects = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Objects => _objects;

    public void Add(string key, string description) => _objects[key] = description;

    /// <summary>What differs, one readable line each, sorted: missing (the scripts define it), unexpected (only the database has it), changed.</summary>
    public static IReadOnlyList<string> Differences(SchemaSnapshot expected, SchemaSnapshot actual)
    {
        var differences = new List<string>();
        foreach (var (key, definition) in expected.Objects)
        {
            if (!actual.Objects.TryGetValue(key, out var found))
            {
                differences.Add($"missing {key}: {definition}");
            }
            else if (found != definition)
            {
                differences.Add($"changed {key}: the scripts define {definition}; the database has {found}");
            }
        }

        differences.AddRange(actual.Objects.Where(o => !expected.Objects.ContainsKey(o.Key)).Select(o => $"unexpected {o.Key}: {o.Value}"));
        return differences;
    }

    /// <summary>A definition's text with its white space collapsed, so that line breaks and indentation are no drift.</summary>
    public static string Normalize(string? sql) => sql is null ? "" : WhiteSpace().Replace(sql, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

using System.Reflection;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>One <c>const string</c> of SQL in Msp.Infrastructure or in an operation's folder, and where it lives.</summary>
public sealed record SqlConstant(Type Owner, string Field, string Sql)
{
    /// <summary>
    /// A type named <c>SqlServer…</c> speaks T-SQL only (the offline script file, the migration lock, the schema
    /// check's sys views): its SQL is parsed as T-SQL like every other constant, never prepared on SQLite.
    /// </summary>
    public bool IsTSqlOnly => Owner.Name.StartsWith("SqlServer", StringComparison.Ordinal);

    public override string ToString() => $"{Owner.FullName}.{Field}";
}

/// <summary>
/// Every SQL statement the platform can send (the infrastructure's, the read-only operations' own and the partner console's reads), found by reflection: the <c>const string</c> fields of any type
/// (nested and non-public included) whose text starts with a DML keyword.
/// </summary>
internal static class InfrastructureSql
{
    private static readonly string[] Keywords = ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "MERGE", "SET"];

    /// <summary>Every SQL constant, fragments included, ordered by owner and name.</summary>
    public static IReadOnlyList<SqlConstant> Constants { get; } = Collect();

    /// <summary>
    /// The constants that are whole statements: those no other constant extends. A fragment such as a shared
    /// <c>SELECT …</c> column list without its FROM is compiled into the statements that start with it and never sent alone.
    /// </summary>
    public static IReadOnlyList<SqlConstant> Statements { get; } =
        Constants.Where(c => !Constants.Any(other => other.Sql.Length > c.Sql.Length && other.Sql.StartsWith(c.Sql, StringComparison.Ordinal))).ToArray();

    private static SqlConstant[] Collect() =>
        new[] { typeof(DatabaseMigrator).Assembly, typeof(Msp.Application.DependencyInjection).Assembly, typeof(Program).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type
                .GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => new SqlConstant(type, field.Name, (string)field.GetRawConstantValue()!)))
            .Where(constant => IsSql(constant.Sql))
            .OrderBy(constant => constant.ToString(), StringComparer.Ordinal)
            .ToArray();

    private static bool IsSql(string text)
    {
        var trimmed = text.TrimStart();
        return Keywords.Any(keyword =>
            trimmed.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == keyword.Length || (!char.IsLetterOrDigit(trimmed[keyword.Length]) && trimmed[keyword.Length] != '_')));
    }
}

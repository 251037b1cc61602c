using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// One column of the current row, typed, for the hand-written row readers of the hottest reads (getUserInfo, the
/// caller of every request; ADR 35): the value Dapper's row parser would give the property, without its boxed
/// <c>GetValue</c> per column and its per-query lookup of a parser by column names. SQLite gives any column as the
/// type asked for; SQL Server's reader only as the column's own, so there the value is converted as Dapper does.
/// A NULL is the property's default: "" for text, 0, false.
/// </summary>
internal static class ColumnValues
{
    public static string TextAt(this DbDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? "" : row is SqliteDataReader ? row.GetString(ordinal) : Convert.ToString(row.GetValue(ordinal), CultureInfo.InvariantCulture)!;

    public static string? NullableTextAt(this DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.TextAt(ordinal);

    public static long Int64At(this DbDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? 0 : row is SqliteDataReader ? row.GetInt64(ordinal) : Convert.ToInt64(row.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long? NullableInt64At(this DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.Int64At(ordinal);

    public static int Int32At(this DbDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? 0 : row is SqliteDataReader ? row.GetInt32(ordinal) : Convert.ToInt32(row.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static bool FlagAt(this DbDataReader row, int ordinal) =>
        !row.IsDBNull(ordinal) && (row is SqliteDataReader ? row.GetInt64(ordinal) != 0 : Convert.ToBoolean(row.GetValue(ordinal), CultureInfo.InvariantCulture));

    /// <summary>SQLite keeps times as text, which its reader parses with the invariant culture, as Dapper's conversion does.</summary>
    public static DateTime TimeAt(this DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? default : row.GetDateTime(ordinal);
}

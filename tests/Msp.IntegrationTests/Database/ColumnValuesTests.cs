using System.Data;
using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// The hand-written row readers' typed columns (ADR 35) give what Dapper's row parser gave: from SQLite, whose reader
/// converts any column to the type asked, and from a reader that, like SQL Server's, gives each column only as its own
/// type (a <see cref="DataTableReader"/> here, since no SQL Server runs in the suite). NULL is the property's default.
/// </summary>
public sealed class ColumnValuesTests
{
    [Fact]
    public void SQLite_columns_are_read_as_the_properties_types()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 7, 'text', NULL, 1, 0, '2026-12-07 10:15:00', 42";
        using var row = command.ExecuteReader();
        Assert.True(row.Read());

        Assert.Equal((7L, 7, "7"), (row.Int64At(0), row.Int32At(0), row.TextAt(0)));
        Assert.Equal(("text", "text"), (row.TextAt(1), row.NullableTextAt(1)));
        Assert.Equal(("", (string?)null, 0L, (long?)null, 0, false, default(DateTime)), (row.TextAt(2), row.NullableTextAt(2), row.Int64At(2), row.NullableInt64At(2), row.Int32At(2), row.FlagAt(2), row.TimeAt(2)));
        Assert.Equal((true, false), (row.FlagAt(3), row.FlagAt(4)));
        Assert.Equal(new DateTime(2026, 12, 7, 10, 15, 0, DateTimeKind.Unspecified), row.TimeAt(5));
        Assert.Equal(42L, row.NullableInt64At(6));
    }

    [Fact]
    public void Columns_of_a_reader_that_gives_only_their_own_type_are_converted_as_Dapper_converts_them()
    {
        using var table = new DataTable();
        table.Columns.Add("id", typeof(int));
        table.Columns.Add("active", typeof(bool));
        table.Columns.Add("vat", typeof(decimal));
        table.Columns.Add("type", typeof(byte));
        table.Columns.Add("missing", typeof(long));
        table.Columns.Add("at", typeof(DateTime));
        table.Rows.Add(12, true, 7.70m, (byte)3, DBNull.Value, new DateTime(2026, 12, 7, 10, 15, 0));
        using var row = table.CreateDataReader();
        Assert.True(row.Read());

        Assert.Equal((12L, 12, "12", (long?)12), (row.Int64At(0), row.Int32At(0), row.TextAt(0), row.NullableInt64At(0)));
        Assert.Equal((true, 1, "True"), (row.FlagAt(1), row.Int32At(1), row.TextAt(1)));
        Assert.Equal("7.70", row.TextAt(2));
        Assert.Equal((3L, 3), (row.Int64At(3), row.Int32At(3)));
        Assert.Equal((0L, (long?)null, ""), (row.Int64At(4), row.NullableInt64At(4), row.TextAt(4)));
        Assert.Equal(new DateTime(2026, 12, 7, 10, 15, 0), row.TimeAt(5));
    }
}

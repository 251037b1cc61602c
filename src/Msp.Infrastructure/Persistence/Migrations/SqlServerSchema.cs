using Microsoft.Data.SqlClient;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// A SQL Server database's schema from its catalogue views: columns with type, length or precision, nullability,
/// identity, default and computed definition; indexes (those of PRIMARY KEY and UNIQUE constraints too) with key and
/// included columns, uniqueness, kind and filter; foreign keys with their actions; CHECK constraints; triggers, views
/// and routines by their definition. Objects SQL Server named itself are known by what they are, not by that name.
/// </summary>
internal static class SqlServerSchema
{
    private const string ColumnsSql = $"""
        SELECT t.name AS TableName, c.name AS ColumnName, ty.name AS TypeName, c.max_length AS MaxLength, c.precision AS Precision,
               c.scale AS Scale, c.is_nullable AS IsNullable, c.is_identity AS IsIdentity, dc.definition AS DefaultDefinition,
               cc.definition AS ComputedDefinition
        FROM sys.tables t
        JOIN sys.columns c ON c.object_id = t.object_id
        JOIN sys.types ty ON ty.user_type_id = c.user_type_id
        LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id
        LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id
        WHERE t.is_ms_shipped = 0 AND t.name <> '{SchemaSnapshot.JournalTable}'
        ORDER BY t.name, c.column_id
        """;

    private const string IndexColumnsSql = $"""
        SELECT t.name AS TableName, i.name AS IndexName, i.is_unique AS IsUnique, i.is_primary_key AS IsPrimaryKey,
               i.is_unique_constraint AS IsUniqueConstraint, i.type_desc AS Kind, i.filter_definition AS FilterDefinition,
               CAST(COALESCE(kc.is_system_named, 0) AS BIT) AS IsSystemNamed, c.name AS ColumnName,
               ic.is_descending_key AS IsDescending, ic.is_included_column AS IsIncluded
        FROM sys.indexes i
        JOIN sys.tables t ON t.object_id = i.object_id
        JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
        JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        LEFT JOIN sys.key_constraints kc ON kc.parent_object_id = i.object_id AND kc.unique_index_id = i.index_id
        WHERE t.is_ms_shipped = 0 AND t.name <> '{SchemaSnapshot.JournalTable}' AND i.type > 0
        ORDER BY t.name, i.name, ic.is_included_column, ic.key_ordinal, ic.index_column_id
        """;

    private const string ForeignKeysSql = """
        SELECT tp.name AS TableName, fk.name AS Name, fk.is_system_named AS IsSystemNamed, tr.name AS ReferencedTable,
               fk.delete_referential_action_desc AS OnDelete, fk.update_referential_action_desc AS OnUpdate,
               cp.name AS ColumnName, cr.name AS ReferencedColumn
        FROM sys.foreign_keys fk
        JOIN sys.tables tp ON tp.object_id = fk.parent_object_id
        JOIN sys.tables tr ON tr.object_id = fk.referenced_object_id
        JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
        JOIN sys.columns cp ON cp.object_id = fkc.parent_object_id AND cp.column_id = fkc.parent_column_id
        JOIN sys.columns cr ON cr.object_id = fkc.referenced_object_id AND cr.column_id = fkc.referenced_column_id
        WHERE tp.is_ms_shipped = 0
        ORDER BY tp.name, fk.name, fkc.constraint_column_id
        """;

    private const string ChecksSql = """
        SELECT t.name AS TableName, ck.name AS Name, ck.is_system_named AS IsSystemNamed, ck.definition AS Definition
        FROM sys.check_constraints ck
        JOIN sys.tables t ON t.object_id = ck.parent_object_id
        WHERE t.is_ms_shipped = 0
        """;

    private const string ModulesSql = """
        SELECT o.type_desc AS Kind, o.name AS Name, OBJECT_NAME(o.parent_object_id) AS TableName, OBJECT_DEFINITION(o.object_id) AS Definition
        FROM sys.objects o
        WHERE o.is_ms_shipped = 0 AND o.type IN ('TR', 'V', 'P', 'FN', 'IF', 'TF')
        """;

    public static SchemaSnapshot Read(SqlConnection connection)
    {
        var schema = new SchemaSnapshot();
        foreach (var column in Rows(connection, ColumnsSql, r => new ColumnRow(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt16(3), r.GetByte(4), r.GetByte(5), r.GetBoolean(6), r.GetBoolean(7), Text(r, 8), Text(r, 9))))
        {
            schema.Add($"table {column.Table}", "a table");
            schema.Add($"column {column.Table}.{column.Name}", column.Definition);
        }

        var indexColumns = Rows(connection, IndexColumnsSql, r => new IndexColumnRow(
            r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetBoolean(3), r.GetBoolean(4), r.GetString(5), Text(r, 6), r.GetBoolean(7), r.GetString(8), !r.IsDBNull(9) && r.GetBoolean(9), r.GetBoolean(10)));
        foreach (var index in indexColumns.GroupBy(r => (r.Table, r.Index)))
        {
            AddIndex(schema, index.ToArray());
        }

        var keyColumns = Rows(connection, ForeignKeysSql, r => new ForeignKeyColumnRow(
            r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)));
        foreach (var key in keyColumns.GroupBy(r => (r.Table, r.Name)))
        {
            var first = key.First();
            schema.Add(
                $"foreign key {first.Table} ({string.Join(", ", key.Select(k => k.Column))}) -> {first.Referenced}",
                $"{(first.IsSystemNamed ? "" : first.Name + " ")}REFERENCES {first.Referenced} ({string.Join(", ", key.Select(k => k.ReferencedColumn))}) ON DELETE {first.OnDelete} ON UPDATE {first.OnUpdate}");
        }

        foreach (var (table, name, isSystemNamed, definition) in Rows(connection, ChecksSql, r => (r.GetString(0), r.GetString(1), r.GetBoolean(2), SchemaSnapshot.Normalize(r.GetString(3)))))
        {
            schema.Add(isSystemNamed ? $"check {table} {definition}" : $"check {table}.{name}", definition);
        }

        foreach (var (kind, name, table, definition) in Rows(connection, ModulesSql, r => (r.GetString(0), r.GetString(1), Text(r, 2), SchemaSnapshot.Normalize(Text(r, 3)))))
        {
            schema.Add($"{kind.ToLowerInvariant()} {name}{(table is null ? "" : " on " + table)}", definition);
        }

        return schema;
    }

    private static void AddIndex(SchemaSnapshot schema, IndexColumnRow[] columns)
    {
        var first = columns[0];
        var keys = string.Join(", ", columns.Where(c => !c.IsIncluded).Select(c => c.Column + (c.IsDescending ? " DESC" : "")));
        var included = columns.Where(c => c.IsIncluded).Select(c => c.Column).ToArray();
        var definition = $"{(first.IsUnique ? "UNIQUE " : "")}{first.Kind} ({keys})"
            + (included.Length > 0 ? $" INCLUDE ({string.Join(", ", included)})" : "")
            + (first.Filter is null ? "" : $" WHERE {first.Filter}");
        if (first.IsPrimaryKey)
        {
            schema.Add($"primary key {first.Table}", first.IsSystemNamed ? definition : $"{first.Index} {definition}");
        }
        else
        {
            schema.Add(first.IsUniqueConstraint && first.IsSystemNamed ? $"unique constraint {first.Table} ({keys})" : $"index {first.Table}.{first.Index}", definition);
        }
    }

    private static string? Text(SqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static List<T> Rows<T>(SqlConnection connection, string sql, Func<SqlDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private sealed record ColumnRow(
        string Table, string Name, string Type, short MaxLength, byte Precision, byte Scale, bool IsNullable, bool IsIdentity, string? Default, string? Computed)
    {
        public string Definition => Sized
            + (IsNullable ? " NULL" : " NOT NULL")
            + (IsIdentity ? " IDENTITY" : "")
            + (Default is null ? "" : $" DEFAULT {Default}")
            + (Computed is null ? "" : $" AS {Computed}");

        private string Sized => Type switch
        {
            "varchar" or "char" or "varbinary" or "binary" => $"{Type}({(MaxLength == -1 ? "max" : MaxLength)})",
            "nvarchar" or "nchar" => $"{Type}({(MaxLength == -1 ? "max" : MaxLength / 2)})",
            "decimal" or "numeric" => $"{Type}({Precision},{Scale})",
            "datetime2" or "datetimeoffset" or "time" => $"{Type}({Scale})",
            _ => Type,
        };
    }

    private sealed record IndexColumnRow(
        string Table, string Index, bool IsUnique, bool IsPrimaryKey, bool IsUniqueConstraint, string Kind, string? Filter, bool IsSystemNamed,
        string Column, bool IsDescending, bool IsIncluded);

    private sealed record ForeignKeyColumnRow(
        string Table, string Name, bool IsSystemNamed, string Referenced, string OnDelete, string OnUpdate, string Column, string ReferencedColumn);
}

using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// A SQLite database's schema from its catalogue (<c>sqlite_schema</c>) and pragmas: columns with their declared
/// type, nullability, default and primary-key position; indexes (those of UNIQUE and PRIMARY KEY constraints too) with
/// their columns, uniqueness and WHERE; foreign keys; triggers and views by their SQL. SQLite keeps CHECK constraints
/// only inside a table's CREATE text, which ALTER TABLE rewrites, so they are not compared.
/// </summary>
internal static class SqliteSchema
{
    private const string ObjectsSql = $"""
        SELECT type, name, tbl_name, sql FROM sqlite_schema
        WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> '{SchemaSnapshot.JournalTable}'
        ORDER BY type, name
        """;

    private const string ColumnsSql = """SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(@Table) ORDER BY cid""";

    private const string IndexesSql = """SELECT name, "unique", origin, partial FROM pragma_index_list(@Table) ORDER BY name""";

    private const string IndexColumnsSql = """SELECT name, "desc" FROM pragma_index_xinfo(@Index) WHERE "key" = 1 ORDER BY seqno""";

    private const string ForeignKeysSql = """
        SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(@Table) ORDER BY id, seq
        """;

    public static SchemaSnapshot Read(SqliteConnection connection)
    {
        var schema = new SchemaSnapshot();
        var objects = Rows(connection, ObjectsSql, null, r => (Type: r.GetString(0), Name: r.GetString(1), Table: r.GetString(2), Sql: r.IsDBNull(3) ? null : r.GetString(3)));
        foreach (var table in objects.Where(o => o.Type == "table"))
        {
            schema.Add($"table {table.Name}", "a table");
            AddColumns(connection, schema, table.Name);
            AddIndexes(connection, schema, table.Name, objects.ToDictionary(o => o.Name, o => o.Sql, StringComparer.Ordinal));
            AddForeignKeys(connection, schema, table.Name);
        }

        foreach (var other in objects.Where(o => o.Type is "trigger" or "view"))
        {
            schema.Add($"{other.Type} {other.Name}", SchemaSnapshot.Normalize(other.Sql));
        }

        return schema;
    }

    private static void AddColumns(SqliteConnection connection, SchemaSnapshot schema, string table)
    {
        var columns = Rows(connection, ColumnsSql, ("@Table", table), r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Default: r.IsDBNull(3) ? null : r.GetString(3), Key: r.GetInt64(4)));
        foreach (var column in columns)
        {
            var definition = $"{column.Type} {(column.NotNull ? "NOT NULL" : "NULL")}"
                + (column.Default is null ? "" : $" DEFAULT {column.Default}")
                + (column.Key > 0 ? $" PRIMARY KEY ({column.Key})" : "");
            schema.Add($"column {table}.{column.Name}", definition);
        }
    }

    private static void AddIndexes(SqliteConnection connection, SchemaSnapshot schema, string table, Dictionary<string, string?> sql)
    {
        var indexes = Rows(connection, IndexesSql, ("@Table", table), r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Origin: r.GetString(2), Partial: r.GetInt64(3) == 1));
        foreach (var index in indexes)
        {
            var columns = Rows(connection, IndexColumnsSql, ("@Index", index.Name), r => (r.IsDBNull(0) ? "(expression)" : r.GetString(0)) + (r.GetInt64(1) == 1 ? " DESC" : ""));
            var create = index.Partial && sql.TryGetValue(index.Name, out var text) ? SchemaSnapshot.Normalize(text) : "";
            var where = create.Contains(" WHERE ", StringComparison.OrdinalIgnoreCase)
                ? create[create.LastIndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase)..]
                : "";
            var definition = $"{(index.Unique ? "UNIQUE " : "")}({string.Join(", ", columns)}){where}";

            // The indexes behind UNIQUE and PRIMARY KEY constraints are named by their position (sqlite_autoindex_t_2): known by their columns instead.
            var key = index.Origin == "c" ? $"index {table}.{index.Name}" : $"{(index.Origin == "pk" ? "primary key" : "unique constraint")} {table} ({string.Join(", ", columns)})";
            schema.Add(key, definition);
        }
    }

    private static void AddForeignKeys(SqliteConnection connection, SchemaSnapshot schema, string table)
    {
        var rows = Rows(connection, ForeignKeysSql, ("@Table", table), r => (Id: r.GetInt64(0), Parent: r.GetString(1), From: r.GetString(2), To: r.IsDBNull(3) ? "" : r.GetString(3), OnUpdate: r.GetString(4), OnDelete: r.GetString(5)));
        foreach (var key in rows.GroupBy(r => r.Id))
        {
            var first = key.First();
            schema.Add(
                $"foreign key {table} ({string.Join(", ", key.Select(k => k.From))}) -> {first.Parent}",
                $"REFERENCES {first.Parent} ({string.Join(", ", key.Select(k => k.To))}) ON DELETE {first.OnDelete} ON UPDATE {first.OnUpdate}");
        }
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, (string Name, string Value)? parameter, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is { } p)
        {
            command.Parameters.AddWithValue(p.Name, p.Value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

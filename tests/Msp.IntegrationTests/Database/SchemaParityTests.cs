using Microsoft.SqlServer.TransactSql.ScriptDom;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// The two migration sets describe one schema: the same tables with the same columns and the same nullability.
/// SQL Server's side is read from the parsed T-SQL, SQLite's from a file the real migrator built.
/// </summary>
public sealed class SchemaParityTests(MigratedSqliteDatabase sqlite) : IClassFixture<MigratedSqliteDatabase>
{
    [Fact]
    public void SQLite_and_SQL_Server_migrations_define_the_same_tables_columns_and_nullability()
    {
        var sqlServer = SqlServerSchema();
        var sqliteSchema = SqliteSchema();

        Assert.NotEmpty(sqlServer);
        Assert.NotEmpty(sqliteSchema);
        var differences = Compare(sqlServer, sqliteSchema);
        Assert.True(differences.Count == 0, "The schemas differ:" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void The_T_SQL_schema_reader_follows_later_ALTER_TABLE_and_DROP_statements()
    {
        const string script = """
            CREATE TABLE dbo.a (id BIGINT IDENTITY(1,1) NOT NULL, code NVARCHAR(10), note NVARCHAR(10) NULL, CONSTRAINT pk_a PRIMARY KEY (code));
            GO
            CREATE TABLE dbo.b (id INT CONSTRAINT pk_b PRIMARY KEY, gone INT NOT NULL);
            GO
            ALTER TABLE dbo.a ADD added DATETIME2(3) NOT NULL CONSTRAINT df_a_added DEFAULT SYSUTCDATETIME(), optional INT;
            GO
            ALTER TABLE dbo.b DROP COLUMN gone;
            GO
            CREATE TABLE dbo.c (id INT NOT NULL);
            GO
            DROP TABLE dbo.c;
            GO
            """;
        var schema = new TSqlSchemaReader();
        schema.Read(script);

        Assert.Equal(
            new Dictionary<string, bool> { ["id"] = false, ["code"] = false, ["note"] = true, ["added"] = false, ["optional"] = true },
            schema.Tables["a"]);
        Assert.Equal(new Dictionary<string, bool> { ["id"] = false }, schema.Tables["b"]);
        Assert.False(schema.Tables.ContainsKey("c"));
    }

    /// <summary>Table → column → nullable, from every SQL Server script in the order DbUp applies them.</summary>
    private static Dictionary<string, Dictionary<string, bool>> SqlServerSchema()
    {
        var reader = new TSqlSchemaReader();
        foreach (var name in MigrationScripts.Names(DatabaseProvider.SqlServer))
        {
            reader.Read(MigrationScripts.Read(name), name);
        }

        return reader.Tables;
    }

    /// <summary>Table → column → nullable, read back from the migrated SQLite file.</summary>
    private Dictionary<string, Dictionary<string, bool>> SqliteSchema()
    {
        using var connection = sqlite.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND lower(name) <> 'schemaversions'
                ORDER BY name
                """;
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                tables.Add(rows.GetString(0));
            }
        }

        var schema = new Dictionary<string, Dictionary<string, bool>>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var columns = new List<(string Name, string Type, bool NotNull, int Pk)>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, type, \"notnull\", pk FROM pragma_table_info(@table) ORDER BY cid";
            command.Parameters.AddWithValue("@table", table);
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                columns.Add((rows.GetString(0), rows.GetString(1), rows.GetInt64(2) != 0, rows.GetInt32(3)));
            }

            // An INTEGER PRIMARY KEY is the rowid and never NULL; any other column is as NOT NULL as it was declared
            // (SQLite lets NULL into the other primary key columns unless they say NOT NULL).
            var rowIdAlias = columns.Count(c => c.Pk > 0) == 1 ? columns.Single(c => c.Pk > 0) : default;
            schema[table] = columns.ToDictionary(
                c => c.Name,
                c => !c.NotNull && !(c.Pk > 0 && c.Name == rowIdAlias.Name && string.Equals(c.Type, "INTEGER", StringComparison.OrdinalIgnoreCase)),
                StringComparer.OrdinalIgnoreCase);
        }

        return schema;
    }

    private static List<string> Compare(Dictionary<string, Dictionary<string, bool>> sqlServer, Dictionary<string, Dictionary<string, bool>> sqlite)
    {
        static string Null(bool nullable) => nullable ? "NULL" : "NOT NULL";
        var differences = new List<string>();
        foreach (var table in sqlServer.Keys.Union(sqlite.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (!sqlite.TryGetValue(table, out var sqliteColumns))
            {
                differences.Add($"  table {table}: only in db/sqlserver");
                continue;
            }

            if (!sqlServer.TryGetValue(table, out var sqlServerColumns))
            {
                differences.Add($"  table {table}: only in db/sqlite");
                continue;
            }

            foreach (var column in sqlServerColumns.Keys.Union(sqliteColumns.Keys, StringComparer.OrdinalIgnoreCase))
            {
                var inSqlServer = sqlServerColumns.TryGetValue(column, out var sqlServerNullable);
                var inSqlite = sqliteColumns.TryGetValue(column, out var sqliteNullable);
                if (!inSqlite)
                {
                    differences.Add($"  column {table}.{column}: only in db/sqlserver ({Null(sqlServerNullable)})");
                }
                else if (!inSqlServer)
                {
                    differences.Add($"  column {table}.{column}: only in db/sqlite ({Null(sqliteNullable)})");
                }
                else if (sqlServerNullable != sqliteNullable)
                {
                    differences.Add($"  column {table}.{column}: {Null(sqlServerNullable)} in db/sqlserver, {Null(sqliteNullable)} in db/sqlite");
                }
            }
        }

        return differences;
    }

    /// <summary>
    /// Replays the table DDL of T-SQL scripts: CREATE TABLE, ALTER TABLE … ADD / DROP COLUMN and DROP TABLE, in document
    /// order. A column is nullable unless it says NOT NULL, is an IDENTITY or is part of the primary key (SQL Server's rules
    /// with its default ANSI_NULL_DFLT_ON).
    /// </summary>
    internal sealed class TSqlSchemaReader : TSqlFragmentVisitor
    {
        public Dictionary<string, Dictionary<string, bool>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Read(string script, string name = "script")
        {
            var (fragment, errors) = MigrationScripts.ParseTSql(script);
            Assert.True(errors.Count == 0, $"{name} does not parse:{Environment.NewLine}{MigrationScripts.Describe(errors)}");
            fragment.Accept(this);
        }

        public override void Visit(CreateTableStatement node)
        {
            var columns = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = columns;
            AddColumns(columns, node.Definition);
        }

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            Assert.True(Tables.TryGetValue(table, out var columns), $"ALTER TABLE {table} ADD before its CREATE TABLE.");
            AddColumns(columns, node.Definition);
        }

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            Assert.True(Tables.TryGetValue(table, out var columns), $"ALTER TABLE {table} DROP before its CREATE TABLE.");
            foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
            {
                Assert.True(columns.Remove(element.Name.Value), $"ALTER TABLE {table} drops an unknown column {element.Name.Value}.");
            }
        }

        public override void Visit(DropTableStatement node)
        {
            foreach (var table in node.Objects)
            {
                Tables.Remove(table.BaseIdentifier.Value);
            }
        }

        private static void AddColumns(Dictionary<string, bool> columns, TableDefinition definition)
        {
            var primaryKey = definition.TableConstraints
                .OfType<UniqueConstraintDefinition>()
                .Where(c => c.IsPrimaryKey)
                .SelectMany(c => c.Columns)
                .Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);

            foreach (var column in definition.ColumnDefinitions)
            {
                var name = column.ColumnIdentifier.Value;
                var declared = column.Constraints.OfType<NullableConstraintDefinition>().Select(c => (bool?)c.Nullable).LastOrDefault();
                var inPrimaryKey = primaryKey.Contains(name) || column.Constraints.OfType<UniqueConstraintDefinition>().Any(c => c.IsPrimaryKey);
                columns[name] = declared ?? !(inPrimaryKey || column.IdentityOptions is not null);
            }
        }
    }
}

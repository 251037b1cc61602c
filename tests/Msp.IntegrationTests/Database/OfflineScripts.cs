using DbUp;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>The offline script files as the tests take them apart, apply them, and half-migrate a database to apply them to.</summary>
internal static class OfflineScripts
{
    public static DatabaseMigrator Migrator(DatabaseProvider provider, string connectionString) => new(
        Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }),
        NullLogger<DatabaseMigrator>.Instance);

    /// <summary>Applies the first <paramref name="count"/> SQLite scripts with DbUp, as an older release of the API would have.</summary>
    public static void MigrateFirst(string connectionString, int count)
    {
        var first = MigrationScripts.Names(DatabaseProvider.Sqlite).Take(count).ToHashSet(StringComparer.Ordinal);
        using var connection = DatabaseMigrator.OpenSqliteForScripts(connectionString);
        var result = DeployChanges.To.SqliteDatabase(new SharedConnection(connection))
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, first.Contains)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(result.Successful, result.Error?.ToString());
    }

    /// <summary>
    /// The SQLite file applied whole, as one command, on a connection the migrator prepares for scripts, every
    /// statement's result read (the first error stops it); <paramref name="readEveryResult"/> false: ExecuteNonQuery,
    /// which reports no error after the first statement that returns a row.
    /// </summary>
    public static void ApplySqliteFile(string connectionString, string file, bool readEveryResult = true)
    {
        using var connection = DatabaseMigrator.OpenSqliteForScripts(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = file;
        if (!readEveryResult)
        {
            command.ExecuteNonQuery();
            return;
        }

        using var reader = command.ExecuteReader();
        while (reader.NextResult())
        {
        }
    }

    /// <summary><c>IF NOT EXISTS (SELECT 1 FROM [dbo].[SchemaVersions] WHERE [ScriptName] = N'…') BEGIN … END</c>.</summary>
    public static bool IsJournalGuard(IfStatement statement) =>
        statement is { Predicate: BooleanNotExpression { Expression: ExistsPredicate exists }, ThenStatement: BeginEndBlockStatement }
        && exists.Subquery.QueryExpression is QuerySpecification { FromClause.TableReferences: [NamedTableReference { SchemaObject.BaseIdentifier.Value: "SchemaVersions" }] };

    public static string GuardedName(IfStatement statement)
    {
        var query = (QuerySpecification)((ExistsPredicate)((BooleanNotExpression)statement.Predicate).Expression).Subquery.QueryExpression;
        return ((StringLiteral)((BooleanComparisonExpression)query.WhereClause.SearchCondition).SecondExpression).Value;
    }

    /// <summary>The batch an <c>EXEC (N'…')</c> runs, unescaped.</summary>
    public static string ExecutedText(ExecuteStatement statement) =>
        Assert.IsType<StringLiteral>(Assert.Single(((ExecutableStringList)statement.ExecuteSpecification.ExecutableEntity).Strings)).Value;

    public static string InsertedName(InsertStatement insert) =>
        ((StringLiteral)((ValuesInsertSource)insert.InsertSpecification.InsertSource).RowValues[0].ColumnValues[0]).Value;

    /// <summary>A fragment's text as written in the file.</summary>
    public static string Text(TSqlFragment fragment) => string.Concat(
        fragment.ScriptTokenStream.Skip(fragment.FirstTokenIndex).Take(fragment.LastTokenIndex - fragment.FirstTokenIndex + 1).Select(t => t.Text));

    /// <summary>Every table, index and trigger of a SQLite database with its SQL, DbUp's journal included.</summary>
    public static List<string> SqliteSchema(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>DbUp's journal: each script name with when it was applied, in the order they were.</summary>
    public static List<(string Name, string Applied)> SqliteJournal(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ScriptName, Applied FROM SchemaVersions ORDER BY SchemaVersionID";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}

using DbUp.Engine;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// What DBAs get (issue 13 §7): <c>migrate --list</c>'s applied and pending scripts with the journal's dates, and
/// <c>migrate --script</c>'s one file of pending T-SQL, each script in its own transaction with its journal row.
/// </summary>
public sealed class DbaMigrationTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void The_list_shows_every_script_pending_then_applied_with_its_journal_date()
    {
        var names = MigrationScripts.Names(DatabaseProvider.Sqlite);
        Assert.All(_database.Migrator.ListScripts(), script => Assert.Null(script.AppliedAt));
        Assert.Equal(names, _database.Migrator.ListScripts().Select(s => s.Name));

        var before = DateTime.Now.AddMinutes(-1);
        _database.Migrator.Migrate();
        using (var connection = _database.Open())
        {
            using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM SchemaVersions WHERE ScriptName = $name";
            forget.Parameters.AddWithValue("$name", names[^1]);
            forget.ExecuteNonQuery();
        }

        var listed = _database.Migrator.ListScripts();
        Assert.Equal(names, listed.Select(s => s.Name));
        Assert.All(listed.SkipLast(1), script => Assert.InRange(script.AppliedAt!.Value, before, DateTime.Now.AddMinutes(1)));
        Assert.Null(listed[^1].AppliedAt);
    }

    [Fact]
    public void The_pending_script_file_parses_as_T_SQL_and_holds_exactly_the_pending_scripts_each_in_its_transaction()
    {
        var all = MigrationScripts.Names(DatabaseProvider.SqlServer);
        var pending = all.Skip(3).Select(name => new SqlScript(name, MigrationScripts.Read(name))).ToArray();

        var file = PendingScriptWriter.ForSqlServer(pending, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));

        var (fragment, errors) = MigrationScripts.ParseTSql(file);
        Assert.True(errors.Count == 0, MigrationScripts.Describe(errors));
        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).ToArray();
        var journalled = statements.OfType<InsertStatement>()
            .Where(i => i.InsertSpecification.Target is NamedTableReference { SchemaObject.BaseIdentifier.Value: "SchemaVersions" })
            .Select(i => ((StringLiteral)((ValuesInsertSource)i.InsertSpecification.InsertSource).RowValues[0].ColumnValues[0]).Value)
            .ToArray();
        Assert.Equal(pending.Select(s => s.Name), journalled);
        Assert.Equal(pending.Length, statements.OfType<BeginTransactionStatement>().Count());
        Assert.Equal(pending.Length, statements.OfType<CommitTransactionStatement>().Count());
        Assert.DoesNotContain(all[0], file, StringComparison.Ordinal);
        Assert.Contains("SET XACT_ABORT ON;", file, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_file_is_T_SQL_only()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _database.Migrator.PendingScriptForSqlServer(DateTime.UtcNow));

        Assert.Contains("SqlServer", error.Message, StringComparison.Ordinal);
    }
}

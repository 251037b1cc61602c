using Microsoft.SqlServer.TransactSql.ScriptDom;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// What DBAs get (issue 13 §7, issue 30 §3): <c>migrate --list</c>'s applied and pending scripts with the journal's
/// dates, and <c>migrate --script [--all]</c>'s one file, each script guarded by its journal row and run through
/// EXEC in its own transaction; every batch of it parsed by ScriptDom, since no SQL Server runs here.
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
    public void The_T_SQL_file_of_every_script_is_written_without_a_connection_and_guards_each_script_with_its_journal_row()
    {
        var names = MigrationScripts.Names(DatabaseProvider.SqlServer);

        var file = OfflineScripts.Migrator(DatabaseProvider.SqlServer, "Server=127.0.0.1,1;Database=Nowhere;Connect Timeout=1").ScriptFile(all: true, WrittenAt);

        var (fragment, errors) = MigrationScripts.ParseTSql(file);
        Assert.True(errors.Count == 0, MigrationScripts.Describe(errors));
        var batches = ((TSqlScript)fragment).Batches;
        var guarded = batches.SelectMany(b => b.Statements).OfType<IfStatement>().Where(OfflineScripts.IsJournalGuard).ToArray();
        Assert.Equal(names, guarded.Select(OfflineScripts.GuardedName));
        foreach (var (guard, name) in guarded.Zip(names))
        {
            var body = ((BeginEndBlockStatement)guard.ThenStatement).StatementList.Statements;
            var executed = body.OfType<ExecuteStatement>().Select(OfflineScripts.ExecutedText).ToArray();
            Assert.Equal(new DbUp.Support.SqlCommandSplitter().SplitScriptIntoCommands(MigrationScripts.Read(name)), executed);
            Assert.All(executed, batch => Assert.Empty(MigrationScripts.ParseTSql(batch).Errors));
            var journal = Assert.IsType<InsertStatement>(body[^1]);
            Assert.Equal(name, OfflineScripts.InsertedName(journal));
        }

        var statements = batches.SelectMany(b => b.Statements).ToArray();
        Assert.Equal(names.Count, statements.OfType<BeginTransactionStatement>().Count());
        Assert.Equal(names.Count, statements.OfType<CommitTransactionStatement>().Count());
        Assert.Contains("SET QUOTED_IDENTIFIER ON;", OfflineScripts.Text(batches[0]), StringComparison.Ordinal);
        Assert.Contains("sp_getapplock @Resource = N'Msp.Migrations'", OfflineScripts.Text(batches[1]), StringComparison.Ordinal);
        Assert.Contains("sp_releaseapplock @Resource = N'Msp.Migrations'", OfflineScripts.Text(batches[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pending_file_holds_only_the_scripts_the_database_has_pending()
    {
        var names = MigrationScripts.Names(DatabaseProvider.Sqlite);
        OfflineScripts.MigrateFirst(_database.ConnectionString, names.Count - 2);

        var file = _database.Migrator.ScriptFile(all: false, WrittenAt);

        Assert.Contains("2 migration script(s), those pending on SQLite file", file, StringComparison.Ordinal);
        Assert.DoesNotContain($"-- {names[^3]}", file, StringComparison.Ordinal);
        Assert.Contains($"-- {names[^2]}", file, StringComparison.Ordinal);
        Assert.Contains($"-- {names[^1]}", file, StringComparison.Ordinal);
    }

    private static DateTime WrittenAt => new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
}

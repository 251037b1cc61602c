using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Issue 30 §3 on SQLite: <c>migrate --script --all</c>'s SQLite file, applied with Microsoft.Data.Sqlite to an empty
/// file and to a half-migrated one, leaves the schema DbUp would have built and a journal in which the API's migrator
/// finds every script applied once; applied again, it changes nothing.
/// </summary>
public sealed class SqliteScriptFileTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    private readonly MigratedSqliteDatabase _reference = new();

    private static string File => OfflineScripts.Migrator(DatabaseProvider.Sqlite, "Data Source=unused.db")
        .ScriptFile(all: true, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void On_an_empty_file_it_builds_what_the_migrator_builds_and_a_second_run_changes_nothing()
    {
        OfflineScripts.ApplySqliteFile(_database.ConnectionString, File);

        Assert.Empty(_database.Migrator.PendingScripts());
        Assert.Equal(MigrationScripts.Names(DatabaseProvider.Sqlite), OfflineScripts.SqliteJournal(_database.ConnectionString).Select(row => row.Name));
        Assert.Equal(OfflineScripts.SqliteSchema(_reference.ConnectionString), OfflineScripts.SqliteSchema(_database.ConnectionString));

        var journal = OfflineScripts.SqliteJournal(_database.ConnectionString);
        OfflineScripts.ApplySqliteFile(_database.ConnectionString, File);

        Assert.Equal(journal, OfflineScripts.SqliteJournal(_database.ConnectionString));
        Assert.Equal(OfflineScripts.SqliteSchema(_reference.ConnectionString), OfflineScripts.SqliteSchema(_database.ConnectionString));
    }

    [Fact]
    public void On_a_half_migrated_file_it_applies_only_the_missing_scripts_and_the_migrator_then_finds_none_pending()
    {
        var names = MigrationScripts.Names(DatabaseProvider.Sqlite);
        OfflineScripts.MigrateFirst(_database.ConnectionString, names.Count / 2);
        var before = OfflineScripts.SqliteJournal(_database.ConnectionString);

        OfflineScripts.ApplySqliteFile(_database.ConnectionString, File);
        OfflineScripts.ApplySqliteFile(_database.ConnectionString, File);

        var journal = OfflineScripts.SqliteJournal(_database.ConnectionString);
        Assert.Equal(names, journal.Select(row => row.Name));
        Assert.Equal(before, journal.Take(before.Count));
        Assert.Empty(_database.Migrator.PendingScripts());
        Assert.Empty(_database.Migrator.Migrate());
        Assert.Equal(OfflineScripts.SqliteSchema(_reference.ConnectionString), OfflineScripts.SqliteSchema(_database.ConnectionString));
        Assert.Empty(_database.Migrator.SchemaDrift());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_script_that_fails_is_neither_applied_nor_journaled_and_the_ones_before_it_stay(bool readEveryResult)
    {
        var names = MigrationScripts.Names(DatabaseProvider.Sqlite);
        var failing = names.Single(name => name.Contains("0029_", StringComparison.Ordinal));
        var broken = File.Replace("CREATE TABLE account_blocks", "CREATE TABLE no_such_schema.account_blocks", StringComparison.Ordinal);
        Assert.NotEqual(File, broken);

        var failure = Record.Exception(() => OfflineScripts.ApplySqliteFile(_database.ConnectionString, broken, readEveryResult));

        if (readEveryResult)
        {
            Assert.Contains("no_such_schema", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(failure).Message, StringComparison.Ordinal);
            Assert.Equal(names.TakeWhile(name => name != failing), OfflineScripts.SqliteJournal(_database.ConnectionString).Select(row => row.Name));
        }

        Assert.DoesNotContain(failing, OfflineScripts.SqliteJournal(_database.ConnectionString).Select(row => row.Name));
        Assert.DoesNotContain(OfflineScripts.SqliteSchema(_database.ConnectionString), row => row.Contains("ix_accounts_partner_role_status", StringComparison.Ordinal));
        Assert.Contains(failing, _database.Migrator.PendingScripts());
    }

    public void Dispose()
    {
        _database.Dispose();
        _reference.Dispose();
    }
}

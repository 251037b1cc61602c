using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>The real migrator on a fresh SQLite file: everything once, nothing twice, and the file left in WAL mode.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_fresh_file_has_every_script_pending_and_none_after_the_migration()
    {
        var scripts = MigrationScripts.Names(DatabaseProvider.Sqlite);
        Assert.NotEmpty(scripts);
        Assert.Equal(scripts, _database.Migrator.PendingScripts());

        _database.Migrator.Migrate();

        Assert.Empty(_database.Migrator.PendingScripts());
        Assert.Equal(scripts, Journal());
    }

    [Fact]
    public void A_second_migration_changes_nothing()
    {
        _database.Migrator.Migrate();
        var journal = Journal();
        var schema = Schema();

        _database.Migrator.Migrate();

        Assert.Empty(_database.Migrator.PendingScripts());
        Assert.Equal(journal, Journal());
        Assert.Equal(schema, Schema());
    }

    [Fact]
    public void The_migrated_file_is_in_WAL_journal_mode()
    {
        _database.Migrator.Migrate();

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    private List<string> Journal() => Strings("SELECT ScriptName FROM SchemaVersions ORDER BY ScriptName");

    private List<string> Schema() => Strings("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name");

    private string? Scalar(string sql)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private List<string> Strings(string sql)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

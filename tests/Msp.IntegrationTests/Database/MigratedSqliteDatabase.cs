using DbUp;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// A fresh SQLite file in the temp folder, optionally migrated with the real <see cref="DatabaseMigrator"/>,
/// deleted (with its WAL files) on dispose. Used as a class fixture and directly.
/// </summary>
public sealed class MigratedSqliteDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"msp-db-tests-{Guid.NewGuid():N}.db");

    /// <summary>A migrated database (the class fixture).</summary>
    public MigratedSqliteDatabase()
        : this(migrate: true)
    {
    }

    private MigratedSqliteDatabase(bool migrate)
    {
        ConnectionString = $"Data Source={_file};Pooling=False";
        Migrator = new DatabaseMigrator(
            Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = ConnectionString }),
            NullLogger<DatabaseMigrator>.Instance);
        if (migrate)
        {
            Migrator.Migrate();
        }
    }

    public string ConnectionString { get; }

    public DatabaseMigrator Migrator { get; }

    /// <summary>A database file not created yet, for the migrator's own tests.</summary>
    public static MigratedSqliteDatabase Unmigrated() => new(migrate: false);

    /// <summary>
    /// The database as an older release left it: the SQLite scripts up to <paramref name="lastScript"/> applied, the rest
    /// pending. Answers the connection they ran on, for the rows that release would hold.
    /// </summary>
    public SqliteConnection MigrateUpTo(int lastScript)
    {
        var connection = DatabaseMigrator.OpenSqliteForScripts(ConnectionString);
        var upgrade = DeployChanges.To.SqliteDatabase(new SharedConnection(connection))
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Scripts.sqlite.", StringComparison.Ordinal) && ScriptNumber(name) <= lastScript)
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(upgrade.Successful);
        return connection;
    }

    /// <summary>The script's number: <c>…Scripts.sqlite.0036_name.sql</c> is 36.</summary>
    public static int ScriptNumber(string scriptName) =>
        int.Parse(scriptName[(scriptName.IndexOf(".sqlite.", StringComparison.Ordinal) + ".sqlite.".Length)..][..4], System.Globalization.CultureInfo.InvariantCulture);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Connections here are not pooled (other tests' pools are left alone), so the files can go at once.</summary>
    public void Dispose()
    {
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm", _file + ".migration-lock" })
        {
            File.Delete(file);
        }
    }
}

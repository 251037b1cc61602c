namespace Msp.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>When a SQLite commit waits for the disk (<c>PRAGMA synchronous</c>; ADR 14).</summary>
public enum SqliteSynchronous
{
    /// <summary>In WAL mode: commits survive a crash of the process; the last ones may be lost if the machine loses power.</summary>
    Normal,

    /// <summary>Every commit waits for the disk to flush the WAL: survives power loss, and holds the write lock that long.</summary>
    Full,
}

/// <summary>The <c>Database</c> section; the connection string itself is <c>ConnectionStrings:Msp</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "Msp";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migration scripts at start-up (on in Development).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>
    /// How long a migration waits for another to finish (the migration lock, ADR 27) before it gives up: instances
    /// starting together take turns, and the second one finds nothing pending.
    /// </summary>
    public TimeSpan MigrationLockTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Load the demo data of docs/demo-data.md into an empty database (on in Development only).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>SQLite only: <see cref="SqliteSynchronous.Normal"/> unless configured <c>Full</c>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>Filled from <c>ConnectionStrings:Msp</c>, or a SQLite file under the app's data folder.</summary>
    public string ConnectionString { get; set; } = "";
}

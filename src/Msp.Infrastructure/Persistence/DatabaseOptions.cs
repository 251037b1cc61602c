namespace Msp.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> section; the connection string itself is <c>ConnectionStrings:Msp</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "Msp";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migration scripts at start-up (on in Development).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Load the demo data of SEED.md into an empty database (on in Development only).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Filled from <c>ConnectionStrings:Msp</c>, or a SQLite file under the app's data folder.</summary>
    public string ConnectionString { get; set; } = "";
}

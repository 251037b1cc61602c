using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence.Migrations;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered scripts of <c>db/sqlite</c> or <c>db/sqlserver</c> (embedded in this assembly) with DbUp,
/// which records what ran in its journal table.
/// </summary>
public sealed partial class DatabaseMigrator(IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    /// <summary>CREATE DATABASE's answer when another instance created it first.</summary>
    private const int DatabaseAlreadyExists = 1801;

    /// <summary>The database, as the command line names it in a message.</summary>
    public DatabaseTarget Target => new(options.Value);

    public IReadOnlyList<string> PendingScripts() => Build().GetScriptsToExecute().Select(s => s.Name).ToArray();

    /// <summary>Every script of the dialect, with the date the journal says it was applied (null: pending).</summary>
    /// <exception cref="DatabaseOperationException">The database cannot be opened.</exception>
    public IReadOnlyList<MigrationScriptState> ListScripts()
    {
        var applied = Target.Probe() ? AppliedDates() : [];
        return ScriptNames(options.Value.Provider)
            .Select(name => new MigrationScriptState(name, applied.TryGetValue(name, out var at) ? at : null))
            .ToArray();
    }

    /// <summary>
    /// The scripts as one file a DBA applies by hand, in the provider's dialect, each guarded by the journal
    /// (<see cref="SqlServerScriptFile"/>, <see cref="SqliteScriptFile"/>). <paramref name="all"/>: every script, written
    /// without a connection (for an empty database, or any); otherwise the ones the database has pending.
    /// </summary>
    /// <exception cref="DatabaseOperationException">Pending only: the database cannot be opened.</exception>
    public string ScriptFile(bool all, DateTime writtenAtUtc)
    {
        var (scripts, scope) = all ? (AllScripts(), "all of them") : (PendingAfterProbe(), $"those pending on {Target.Description}");
        return options.Value.Provider == DatabaseProvider.SqlServer
            ? SqlServerScriptFile.Write(scripts, scope, writtenAtUtc)
            : SqliteScriptFile.Write(scripts, scope, writtenAtUtc);
    }

    /// <summary>
    /// How the database's schema differs from the one the scripts define, one line per difference; none when it
    /// matches (<see cref="SchemaSnapshot"/>, <see cref="SchemaCheck"/>).
    /// </summary>
    /// <exception cref="DatabaseOperationException">The database cannot be opened or does not exist, or a script failed on the scratch database.</exception>
    public IReadOnlyList<string> SchemaDrift()
    {
        if (!Target.Probe())
        {
            throw DatabaseOperationException.Missing(Target);
        }

        return SchemaCheck.Differences(options.Value);
    }

    /// <summary>Applies the pending scripts, creating the database first when it is not there.</summary>
    /// <exception cref="DatabaseOperationException">The database cannot be opened, or a script failed.</exception>
    public IReadOnlyList<string> Migrate()
    {
        var database = options.Value;
        Target.Probe();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            PrepareSqliteFile(database.ConnectionString);
        }
        else
        {
            EnsureSqlServerDatabase(database.ConnectionString);
        }

        IReadOnlyList<string> applied;
        using (Lock())
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                using var connection = OpenSqliteForScripts(database.ConnectionString);
                applied = MigrationEngine.Upgrade(Build(DeployChanges.To.SqliteDatabase(new SharedConnection(connection))), Target.Description);
            }
            else
            {
                applied = MigrationEngine.Upgrade(Build(), Target.Description);
            }
        }

        foreach (var script in applied)
        {
            LogApplied(logger, script);
        }

        return applied;
    }

    /// <summary>
    /// Waits for the migration lock and holds it until disposed: no other migrator, instance or offline script
    /// migrates the database meanwhile (<see cref="MigrationLock"/>).
    /// </summary>
    /// <exception cref="DatabaseOperationException">Not granted within <c>Database:MigrationLockTimeout</c>.</exception>
    public IDisposable Lock() => MigrationLock.Acquire(options.Value, Target, logger);

    /// <summary>Creates the database when it is not there; an instance starting beside this one may have just done so.</summary>
    private static void EnsureSqlServerDatabase(string connectionString)
    {
        try
        {
            EnsureDatabase.For.SqlDatabase(connectionString, new NoOpUpgradeLog());
        }
        catch (SqlException created) when (created.Number == DatabaseAlreadyExists)
        {
        }
    }

    /// <summary>The pending scripts; all of them for a database not created yet.</summary>
    private SqlScript[] PendingAfterProbe() => Target.Probe() ? Build().GetScriptsToExecute().ToArray() : AllScripts();

    private SqlScript[] AllScripts() => MigrationEngine.AllScripts(options.Value.Provider);

    private Dictionary<string, DateTime> AppliedDates()
    {
        // No journal table yet (DbUp answers none): everything is pending.
        var dates = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        if (Build().GetExecutedScripts().Count == 0)
        {
            return dates;
        }

        var database = options.Value;
        using var connection = database.Provider == DatabaseProvider.Sqlite
            ? (System.Data.Common.DbConnection)new SqliteConnection(database.ConnectionString)
            : new SqlConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ScriptName, Applied FROM SchemaVersions";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            dates[reader.GetString(0)] = reader.GetDateTime(1);
        }

        return dates;
    }

    /// <summary>The embedded resource names of one dialect's scripts, in the order DbUp applies them.</summary>
    public static IEnumerable<string> ScriptNames(DatabaseProvider provider) => MigrationEngine.ScriptNames(provider);

    private UpgradeEngine Build() => Build(
        options.Value.Provider == DatabaseProvider.Sqlite
            ? DeployChanges.To.SqliteDatabase(options.Value.ConnectionString)
            : DeployChanges.To.SqlDatabase(options.Value.ConnectionString));

    private UpgradeEngine Build(UpgradeEngineBuilder builder) => MigrationEngine.Build(builder, options.Value.Provider);

    /// <summary>A connection for the SQLite scripts and the SQLite script file, with the functions they call that SQLite lacks (<see cref="SqliteScriptFunctions"/>).</summary>
    public static SqliteConnection OpenSqliteForScripts(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteScriptFunctions.AddTo(connection);
        return connection;
    }

    /// <summary>Creates the folder of the database file and switches the file to WAL, which readers and the writer share.</summary>
    private static void PrepareSqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration script {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}

/// <summary>A migration script and when the journal says it was applied; null while it is pending.</summary>
public sealed record MigrationScriptState(string Name, DateTime? AppliedAt);

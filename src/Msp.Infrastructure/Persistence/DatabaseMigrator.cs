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
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered scripts of <c>db/sqlite</c> or <c>db/sqlserver</c> (embedded in this assembly) with DbUp,
/// which records what ran in its journal table.
/// </summary>
public sealed partial class DatabaseMigrator(IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    private const string SavepointSql = "SAVEPOINT msp_script";

    private const string RollbackToSavepointSql = "ROLLBACK TO msp_script; RELEASE msp_script";

    private const string ReleaseSavepointSql = "RELEASE msp_script";

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
    /// matches (<see cref="SchemaSnapshot"/>). The expected schema is a scratch database migrated with the same scripts
    /// by the same DbUp: SQLite in memory; SQL Server a database created beside this one on the same server and
    /// dropped afterwards, so the login needs CREATE DATABASE (ADR 27).
    /// </summary>
    /// <exception cref="DatabaseOperationException">The database cannot be opened or does not exist, or a script failed on the scratch database.</exception>
    public IReadOnlyList<string> SchemaDrift()
    {
        if (!Target.Probe())
        {
            throw DatabaseOperationException.Missing(Target);
        }

        return options.Value.Provider == DatabaseProvider.Sqlite ? SqliteDrift() : SqlServerDrift();
    }

    private IReadOnlyList<string> SqliteDrift()
    {
        using var scratch = OpenSqliteForScripts("Data Source=:memory:");
        Upgrade(Build(DeployChanges.To.SqliteDatabase(new SharedConnection(scratch))), "a scratch SQLite database in memory");
        using var live = new SqliteConnection(options.Value.ConnectionString);
        live.Open();
        return SchemaSnapshot.Differences(SqliteSchema.Read(scratch), SqliteSchema.Read(live));
    }

    private IReadOnlyList<string> SqlServerDrift()
    {
        var live = new SqlConnectionStringBuilder(options.Value.ConnectionString);
        var scratch = new SqlConnectionStringBuilder(live.ConnectionString) { InitialCatalog = $"{live.InitialCatalog}_msp_check_{Guid.NewGuid():N}" };
        var description = $"the scratch database {scratch.InitialCatalog} on {live.DataSource}";
        try
        {
            EnsureDatabase.For.SqlDatabase(scratch.ConnectionString, new NoOpUpgradeLog());
        }
        catch (SqlException refused)
        {
            throw new InvalidOperationException(
                $"migrate --check compares with {description}, which it could not create: {refused.Message} Run it as a login with CREATE DATABASE", refused);
        }

        try
        {
            Upgrade(Build(DeployChanges.To.SqlDatabase(scratch.ConnectionString)), description);
            using var expected = new SqlConnection(scratch.ConnectionString);
            expected.Open();
            using var actual = new SqlConnection(live.ConnectionString);
            actual.Open();
            return SchemaSnapshot.Differences(SqlServerSchema.Read(expected), SqlServerSchema.Read(actual));
        }
        finally
        {
            using (var pooled = new SqlConnection(scratch.ConnectionString))
            {
                SqlConnection.ClearPool(pooled);
            }

            DropDatabase.For.SqlDatabase(scratch.ConnectionString, new NoOpUpgradeLog(), -1);
        }
    }

    private static void Upgrade(UpgradeEngine engine, string target)
    {
        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw DatabaseOperationException.ScriptFailed(result.ErrorScript?.Name ?? "(unknown)", target, result.Error);
        }
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

        DatabaseUpgradeResult result;
        using (Lock())
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                using var connection = OpenSqliteForScripts(database.ConnectionString);
                result = Build(DeployChanges.To.SqliteDatabase(new SharedConnection(connection))).PerformUpgrade();
            }
            else
            {
                result = Build().PerformUpgrade();
            }
        }

        if (!result.Successful)
        {
            throw DatabaseOperationException.ScriptFailed(result.ErrorScript?.Name ?? "(unknown)", Target.Description, result.Error);
        }

        foreach (var script in result.Scripts)
        {
            LogApplied(logger, script.Name);
        }

        return result.Scripts.Select(script => script.Name).ToArray();
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

    private SqlScript[] AllScripts() => ScriptNames(options.Value.Provider)
        .Select(name => new SqlScript(name, ReadScript(name)))
        .ToArray();

    private static string ReadScript(string resourceName)
    {
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

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
    public static IEnumerable<string> ScriptNames(DatabaseProvider provider) =>
        typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(name => IsScriptOf(provider, name))
            .Order(StringComparer.Ordinal);

    private static bool IsScriptOf(DatabaseProvider provider, string resourceName) =>
        resourceName.Contains(provider == DatabaseProvider.Sqlite ? ".Scripts.sqlite." : ".Scripts.sqlserver.", StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    private UpgradeEngine Build() => Build(
        options.Value.Provider == DatabaseProvider.Sqlite
            ? DeployChanges.To.SqliteDatabase(options.Value.ConnectionString)
            : DeployChanges.To.SqlDatabase(options.Value.ConnectionString));

    private UpgradeEngine Build(UpgradeEngineBuilder builder)
    {
        var database = options.Value;
        return builder
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => IsScriptOf(database.Provider, name))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
    }

    /// <summary>
    /// A connection for the SQLite scripts, with the functions they call that SQLite lacks: <c>msp_sha256_hex</c>,
    /// the hash the API stores secrets as (0007 hashes the device uids with it), and <c>msp_exec_unless</c>, the
    /// offline script file's guard (<see cref="SqliteScriptFile"/>).
    /// </summary>
    public static SqliteConnection OpenSqliteForScripts(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.CreateFunction("msp_sha256_hex", (string text) => Secrets.Hash(text), isDeterministic: true);
        connection.CreateFunction("msp_exec_unless", (string guard, string sql) => ExecuteUnless(connection, guard, sql));
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="sql"/>, all or nothing, unless <paramref name="guard"/> finds a row; 1 when it ran. The guard
    /// is read here, not by the calling statement: SQLite refuses a DROP TABLE while another statement reads.
    /// </summary>
    private static long ExecuteUnless(SqliteConnection connection, string guard, string sql)
    {
        if (Execute(connection, guard, command => command.ExecuteScalar()) is not null)
        {
            return 0;
        }

        Execute(connection, SavepointSql, command => command.ExecuteNonQuery());
        try
        {
            Execute(connection, sql, command => command.ExecuteNonQuery());
        }
        catch
        {
            Execute(connection, RollbackToSavepointSql, command => command.ExecuteNonQuery());
            throw;
        }

        Execute(connection, ReleaseSavepointSql, command => command.ExecuteNonQuery());
        return 1;
    }

    private static T Execute<T>(SqliteConnection connection, string sql, Func<SqliteCommand, T> run)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
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

using DbUp;
using DbUp.Support;
using Microsoft.Data.SqlClient;
using Msp.Infrastructure.Persistence;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Issue 30 §3-5 on a real SQL Server, where <c>MSP_TEST_SQLSERVER</c> names one (the CI workflow's service job);
/// skipped elsewhere. Each test gets a database of its own, dropped at the end. Here the T-SQL file is executed
/// batch by batch as sqlcmd would, on an empty and on a half-migrated database, twice; the catalogue views the schema
/// check reads are read for real.
/// </summary>
public sealed class SqlServerMigrationTests : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable(MspApiFactory.SqlServerVariable);

    private readonly string _name = $"msp_dba_{Guid.NewGuid():N}";

    private string ConnectionString => new SqlConnectionStringBuilder(Server) { InitialCatalog = _name }.ConnectionString;

    private DatabaseMigrator Migrator => OfflineScripts.Migrator(DatabaseProvider.SqlServer, ConnectionString);

    [SkippableFact]
    public void The_T_SQL_file_run_twice_on_an_empty_database_applies_each_script_once_and_the_migrator_finds_none_pending()
    {
        Skip.If(Server is null, $"{MspApiFactory.SqlServerVariable} is not set: no SQL Server to run the file on.");
        OnMaster($"CREATE DATABASE [{_name}]");
        var file = Migrator.ScriptFile(all: true, DateTime.UtcNow);

        RunAsSqlcmd(file);
        RunAsSqlcmd(file);

        Assert.Equal(MigrationScripts.Names(DatabaseProvider.SqlServer), Journal());
        Assert.Empty(Migrator.PendingScripts());
        Assert.Empty(Migrator.Migrate());
    }

    [SkippableFact]
    public void On_a_half_migrated_database_the_file_applies_only_the_missing_scripts()
    {
        Skip.If(Server is null, $"{MspApiFactory.SqlServerVariable} is not set: no SQL Server to run the file on.");
        OnMaster($"CREATE DATABASE [{_name}]");
        var names = MigrationScripts.Names(DatabaseProvider.SqlServer);
        var first = names.Take(names.Count / 2).ToHashSet(StringComparer.Ordinal);
        var half = DeployChanges.To.SqlDatabase(ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, first.Contains)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(half.Successful, half.Error?.ToString());

        var file = Migrator.ScriptFile(all: true, DateTime.UtcNow);
        RunAsSqlcmd(file);
        RunAsSqlcmd(file);

        Assert.Equal(names, Journal());
        Assert.Empty(Migrator.PendingScripts());
    }

    [SkippableFact]
    public async Task Two_migrators_started_at_once_take_turns_under_the_application_lock()
    {
        Skip.If(Server is null, $"{MspApiFactory.SqlServerVariable} is not set: no SQL Server to lock.");
        OnMaster($"CREATE DATABASE [{_name}]");
        using var start = new Barrier(2);

        var applied = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var migrator = Migrator;
            start.SignalAndWait();
            return migrator.Migrate();
        })));

        Assert.Equal(MigrationScripts.Names(DatabaseProvider.SqlServer), applied.SelectMany(a => a).Order(StringComparer.Ordinal));
        Assert.Equal(MigrationScripts.Names(DatabaseProvider.SqlServer), Journal());
    }

    [SkippableFact]
    public void Check_finds_no_drift_on_a_migrated_database_and_names_a_dropped_index()
    {
        Skip.If(Server is null, $"{MspApiFactory.SqlServerVariable} is not set: no SQL Server to check.");
        Migrator.Migrate();
        Assert.Empty(Migrator.SchemaDrift());

        using (var connection = new SqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP INDEX ix_outbox_sender ON dbo.outbox";
            command.ExecuteNonQuery();
        }

        var drift = Assert.Single(Migrator.SchemaDrift());
        Assert.StartsWith("missing index outbox.ix_outbox_sender: NONCLUSTERED (sender_id, channel, created_at)", drift, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Server is null)
        {
            return;
        }

        SqlConnection.ClearAllPools();
        OnMaster($"IF DB_ID(N'{_name}') IS NOT NULL BEGIN ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]; END");
    }

    /// <summary>The file's batches (split at GO, as sqlcmd splits them) one after another on one session.</summary>
    private void RunAsSqlcmd(string file)
    {
        using var connection = new SqlConnection(ConnectionString);
        connection.Open();
        foreach (var batch in new SqlCommandSplitter().SplitScriptIntoCommands(file))
        {
            using var command = connection.CreateCommand();
            command.CommandText = batch;
            command.CommandTimeout = 120;
            command.ExecuteNonQuery();
        }
    }

    private List<string> Journal()
    {
        using var connection = new SqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ScriptName FROM dbo.SchemaVersions ORDER BY Id";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static void OnMaster(string sql)
    {
        using var connection = new SqlConnection(new SqlConnectionStringBuilder(Server) { InitialCatalog = "master" }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

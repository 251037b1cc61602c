using DbUp;
using DbUp.Engine.Output;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// <c>migrate --check</c>: the live schema against a scratch database the same DbUp migrates from the same scripts
/// (ADR 27): SQLite in memory; on SQL Server a database created beside the live one on the same server and dropped
/// afterwards, so the login needs CREATE DATABASE.
/// </summary>
internal static class SchemaCheck
{
    public static IReadOnlyList<string> Differences(DatabaseOptions options) => options.Provider == DatabaseProvider.Sqlite
        ? OnSqlite(options.ConnectionString)
        : OnSqlServer(options.ConnectionString);

    private static IReadOnlyList<string> OnSqlite(string connectionString)
    {
        using var scratch = DatabaseMigrator.OpenSqliteForScripts("Data Source=:memory:");
        MigrationEngine.Upgrade(
            MigrationEngine.Build(DeployChanges.To.SqliteDatabase(new SharedConnection(scratch)), DatabaseProvider.Sqlite),
            "a scratch SQLite database in memory");
        using var live = new SqliteConnection(connectionString);
        live.Open();
        return SchemaSnapshot.Differences(SqliteSchema.Read(scratch), SqliteSchema.Read(live));
    }

    private static IReadOnlyList<string> OnSqlServer(string connectionString)
    {
        var live = new SqlConnectionStringBuilder(connectionString);
        var scratch = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = $"{live.InitialCatalog}_msp_check_{Guid.NewGuid():N}" };
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
            MigrationEngine.Upgrade(MigrationEngine.Build(DeployChanges.To.SqlDatabase(scratch.ConnectionString), DatabaseProvider.SqlServer), description);
            using var expected = new SqlConnection(scratch.ConnectionString);
            expected.Open();
            using var actual = new SqlConnection(connectionString);
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
}

using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.DemoData;
using Respawn;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// The real API in process, on a real database: a fresh SQLite file, or the SQL Server that
/// <c>MSP_TEST_SQLSERVER</c> names. Migrated once; <see cref="ResetAsync"/> empties it with Respawn and loads the
/// demo data again, so every test starts from SEED.md. The clock is a fake the tests can move.
/// </summary>
public sealed class MspApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SqlServerVariable = "MSP_TEST_SQLSERVER";

    private readonly string? _sqlServer = Environment.GetEnvironmentVariable(SqlServerVariable);
    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), $"msp-tests-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> _settings = new();
    private Respawner? _respawner;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DatabaseProvider Provider => _sqlServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.SqlServer;

    public string ConnectionString => _sqlServer ?? $"Data Source={_sqliteFile};Pooling=False";

    /// <summary>A setting for the host, before the first request starts it.</summary>
    public MspApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public async Task InitializeAsync()
    {
        _ = Services;
        await using var connection = await OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = Provider == DatabaseProvider.Sqlite ? DbAdapter.Sqlite : DbAdapter.SqlServer,
            TablesToIgnore = ["schemaversions", "SchemaVersions"],
        });
    }

    /// <summary>Back to SEED.md: every table emptied, the demo data loaded, the clock at now (back, if a test moved it on).</summary>
    public async Task ResetAsync()
    {
        // AdjustTime, not SetUtcNow: a test that moved the clock ahead leaves it later than the real now.
        Clock.AdjustTime(DateTimeOffset.UtcNow);
        await using (var connection = await OpenAsync())
        {
            await _respawner!.ResetAsync(connection);
        }

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(CancellationToken.None);
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite ? new SqliteConnection(ConnectionString) : new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Msp", _sqlServer ?? $"Data Source={_sqliteFile}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Auth:LoginRequestsPerMinute", "0");
        builder.UseSetting("Auth:FailedUidLoginsPerMinute", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Upstreams:Mode", "Sandbox");
        builder.UseSetting("Api:PublishReference", "true");

        // Outside Development the API starts only with safe settings (ADR 15): tests run as "Testing", so they give them.
        builder.UseSetting("Auth:PasswordReset:LinkBaseUrl", "https://localhost:5213");

        // The outbox tests run their own dispatchers (OutboxHarness); one in the host would race them for the rows.
        builder.UseSetting("Outbox:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

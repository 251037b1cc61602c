using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Msp.Application.Auth;
using Msp.Application.Common.Persistence;
using Msp.Domain.Auth;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.DemoData;
using Respawn;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// The real API in process, on a real database: a fresh SQLite file, or a database of its own on the SQL Server that
/// <c>MSP_TEST_SQLSERVER</c> names (its name in place of the one given, created by the migrator at start-up, dropped on
/// dispose), so that hosts running in parallel never share rows.
/// Migrated and seeded once; <see cref="ResetAsync"/> brings it back to docs/demo-data.md: SQLite by copying a seeded template
/// over it with the SQLite backup API (schema and all), SQL Server by dropping the triggers a test made, emptying it
/// with Respawn (identities reseeded) and seeding again. The clock is a fake the tests can move.
/// </summary>
public sealed class MspApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SqlServerVariable = "MSP_TEST_SQLSERVER";

    private readonly string? _sqlServer;
    private readonly string _databaseName = $"msp_tests_{Guid.NewGuid():N}";
    private readonly string _sqliteFile;
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly MspApiFactory? _primary;
    private Respawner? _respawner;
    private string[] _migratedTriggers = [];
    private SqliteConnection? _template;

    public MspApiFactory()
        : this(Environment.GetEnvironmentVariable(SqlServerVariable))
    {
    }

    private MspApiFactory(string? sqlServer)
    {
        _sqlServer = sqlServer;
        _sqliteFile = Path.Combine(Path.GetTempPath(), _databaseName + ".db");
        if (_sqlServer is not null)
        {
            ConnectionString = new SqlConnectionStringBuilder(_sqlServer) { InitialCatalog = _databaseName }.ConnectionString;
        }
        else
        {
            ConnectionString = $"Data Source={_sqliteFile};Pooling=False";
        }
    }

    /// <summary>Another instance of the API on <paramref name="primary"/>'s database, as a second process behind a load balancer.</summary>
    private MspApiFactory(MspApiFactory primary)
    {
        _primary = primary;
        _sqlServer = primary._sqlServer;
        _databaseName = primary._databaseName;
        _sqliteFile = primary._sqliteFile;
        ConnectionString = primary.ConnectionString;
        Clock = primary.Clock;
        foreach (var (key, value) in primary._settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>
    /// The host's clock, on whole seconds: SQL Server keeps times as <c>DATETIME2(3)</c> and rounds what it is given to
    /// the millisecond (half a millisecond up, sometimes across a second), so a time with finer ticks would not read back
    /// as written, nor print as the second the test expects; SQLite keeps what it is given.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(WholeSecondNow());

    /// <summary>A host on SQLite whatever <c>MSP_TEST_SQLSERVER</c> says, for what only SQLite can show (its file and lock).</summary>
    public static MspApiFactory OnSqlite() => new(sqlServer: null);

    /// <summary>When, on <see cref="Clock"/>, the demo data every reset brings back was loaded.</summary>
    public DateTimeOffset SeededAt { get; private set; }

    public DatabaseProvider Provider => _sqlServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.SqlServer;

    /// <summary>The tests' connection string: on SQLite unpooled, so that no test holds a connection the host's reset must wait for.</summary>
    public string ConnectionString { get; }

    private string HostConnectionString => _sqlServer is null ? $"Data Source={_sqliteFile}" : ConnectionString;

    /// <summary>A setting for the host, before the first request starts it.</summary>
    public MspApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>A service for the host, before the first request starts it.</summary>
    public MspApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// A second host on this one's database, with its settings (more may be added) and clock; it neither seeds nor
    /// resets the database, and leaves it in place when disposed. Initialize it after this one.
    /// </summary>
    public MspApiFactory SecondInstance() => new(this);

    public async Task InitializeAsync()
    {
        _ = Services;
        if (_primary is not null)
        {
            return;
        }

        await SeedAsync();
        await using var connection = await OpenAsync();
        if (connection is SqliteConnection sqlite)
        {
            _template = new SqliteConnection("Data Source=:memory:");
            await _template.OpenAsync();
            sqlite.BackupDatabase(_template);
            return;
        }

        // Identities start again where a fresh database starts them (tests expect the next flat to be 3, as on SQLite's
        // copied template), and the triggers the migrations made are remembered: any other a test made goes at reset.
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.SqlServer,
            TablesToIgnore = ["schemaversions", "SchemaVersions"],
            WithReseed = true,
        });
        _migratedTriggers = await TriggersAsync(connection);
    }

    /// <summary>Back to docs/demo-data.md, the clock at now (back, if a test moved it on).</summary>
    public async Task ResetAsync()
    {
        // AdjustTime, not SetUtcNow: a test that moved the clock ahead leaves it later than the real now.
        Clock.AdjustTime(WholeSecondNow());
        await using var connection = await OpenAsync();
        if (connection is SqliteConnection sqlite)
        {
            await RestoreTemplateAsync(sqlite);
            return;
        }

        foreach (var trigger in (await TriggersAsync(connection)).Except(_migratedTriggers, StringComparer.OrdinalIgnoreCase))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TRIGGER {trigger}";
            await drop.ExecuteNonQueryAsync();
        }

        await _respawner!.ResetAsync(connection);
        await SeedAsync();
    }

    private static DateTimeOffset WholeSecondNow()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>The DML triggers on SQL Server's tables, as <c>[schema].[name]</c>.</summary>
    private static async Task<string[]> TriggersAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QUOTENAME(OBJECT_SCHEMA_NAME(object_id)) + '.' + QUOTENAME(name) FROM sys.triggers WHERE parent_class = 1";
        var triggers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            triggers.Add(reader.GetString(0));
        }

        return [.. triggers];
    }

    /// <summary>
    /// The backup takes the database's write lock without waiting for it, and the host's checkpointer holds that lock
    /// for a moment when it truncates a long log (ADR 14), so a busy database is tried again.
    /// </summary>
    private async Task RestoreTemplateAsync(SqliteConnection database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _template!.BackupDatabase(database);
                return;
            }
            catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6 && attempt < 50)
            {
                await Task.Delay(20);
            }
        }
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite ? new SqliteConnection(ConnectionString) : new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// A fresh access and refresh token for a demo account, issued by the host's own token store as a login would,
    /// without the password hash a login spends: tests whose subject is not the login use these.
    /// </summary>
    public async Task<IssuedTokens> IssueTokensAsync(string login, LoginSource source = LoginSource.Web)
    {
        await using var scope = Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IAccountRepository>().FindByLoginAsync(login, CancellationToken.None)
            ?? throw new InvalidOperationException($"No demo account {login}.");
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        var issued = await scope.ServiceProvider.GetRequiredService<ITokenRepository>()
            .IssueAsync(account.Id, source, Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        await unitOfWork.CommitAsync(CancellationToken.None);
        return issued;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_primary is not null)
        {
            return;
        }

        if (_template is not null)
        {
            await _template.DisposeAsync();
        }

        if (Provider == DatabaseProvider.SqlServer)
        {
            await using (var connection = new SqlConnection(ConnectionString))
            {
                SqlConnection.ClearPool(connection);
            }

            await OnSqlServerMasterAsync(
                $"IF DB_ID(N'{_databaseName}') IS NOT NULL BEGIN ALTER DATABASE [{_databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_databaseName}]; END");
            return;
        }

        // This host's pool only: clearing every pool would close connections other collections are using.
        await using (var connection = new SqliteConnection(HostConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + ".migration-lock" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Msp", HostConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Auth:LoginRequestsPerMinute", "0");
        builder.UseSetting("Auth:FailedUidLoginsPerMinute", "0");

        // One user sends far more relay requests than a person would (the sweep, the cache tests); RelayLimitHost tests the limit.
        builder.UseSetting("Upstreams:RequestsPerUserPerMinute", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Upstreams:Mode", "Sandbox");
        builder.UseSetting("Api:PublishReference", "true");

        // Outside Development the API starts only with safe settings (ADR 15): tests run as "Testing", so they give them.
        builder.UseSetting("Auth:PasswordReset:LinkBaseUrl", "https://localhost:5213");
        builder.UseSetting("Crypter:Key", LaravelPayload.DevelopmentKey);

        // The outbox tests run their own dispatchers (OutboxHarness); one in the host would race them for the rows.
        builder.UseSetting("Outbox:Enabled", "false");

        // The retention tests sweep when they choose (RetentionTests); a sweep in the host would delete their rows early.
        builder.UseSetting("Retention:Enabled", "false");
        // Likewise the billing tests run the monthly billing themselves; the host's schedule would race them.
        builder.UseSetting("Billing:RunEnabled", "false");

        // A trim works on the whole process's heap, and this process holds dozens of hosts; NativeHeapTrimmerTests trims.
        builder.UseSetting("NativeHeap:TrimEvery", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    private async Task SeedAsync()
    {
        SeededAt = Clock.GetUtcNow();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(CancellationToken.None);
    }

    private async Task OnSqlServerMasterAsync(string sql)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(_sqlServer) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

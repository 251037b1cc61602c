using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman;
using Msp.Infrastructure.Billing;
using Msp.Infrastructure.Memory;
using Msp.Infrastructure.Messaging;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.DemoData;
using Msp.Infrastructure.Persistence.Retention;
using Msp.Infrastructure.Persistence.Sqlite;
using Msp.Infrastructure.Security;
using Msp.Infrastructure.Upstreams;
using Msp.Infrastructure.Upstreams.Lunchgate;

namespace Msp.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        SqliteLibrary.Configure();
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(options => options.ConnectionString = ConnectionString(options.Provider, configuration, contentRoot));
        services.AddSingleton<ISqlDialect>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? new SqlServerDialect()
                : new SqliteDialect());

        services.AddSingleton<IDbConnectionSource>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? ActivatorUtilities.CreateInstance<SqlServerConnectionSource>(provider)
                : ActivatorUtilities.CreateInstance<SqliteConnectionPool>(provider));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DbSession>();
        services.AddHostedService<SqliteCheckpointer>();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(options => options.IsValid(), "Retention: an interval of at least a second, a batch of 1 to 10,000, SentMessages of at least an hour (the email quota's window), positive ages")
            .ValidateOnStart();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionSweeper>());
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<DbSession>());
        services.Configure<NativeHeapOptions>(configuration.GetSection(NativeHeapOptions.Section));
        services.AddSingleton<INativeHeap, GlibcHeap>();
        services.AddHostedService<NativeHeapTrimmer>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<DemoDataSeeder>();

        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
        services.Configure<CrypterOptions>(configuration.GetSection(CrypterOptions.Section));
        services.AddSingleton<ICrypter, LaravelCrypter>();

        // Readers and repositories are found, not listed: an operation adds its port and its adapter and edits no
        // composition file. The adapter is named after its port (IAddressRepository → AddressRepository). They hold
        // nothing but the request's scoped DbSession, so they are transient (see AddApplication).
        services.Scan(scan => scan.FromAssemblyOf<DbSession>()
            .AddClasses(classes => classes.Where(type => type.Name.EndsWith("Reader", StringComparison.Ordinal)
                || type.Name.EndsWith("Repository", StringComparison.Ordinal)))
            .AsMatchingInterface()
            .WithTransientLifetime());

        services.AddUpstreams(configuration);
        services.AddUpstreamGateways(configuration);

        // SW Docman is served by the Docman adapters (their folder registers the Docman client); its own client gives
        // it its own timeouts and circuit breaker.
        services.AddUpstreamClient(configuration, DocmanService.SwDocman.Section);
        services.AddLunchgateCache(configuration);
        services.AddMessaging(configuration, contentRoot);
        services.AddBilling(configuration);
        return services;
    }

    /// <summary>
    /// <c>ConnectionStrings:Msp</c>, or for SQLite a file under the app's <c>App_Data</c> folder. SQLite always gets a
    /// busy timeout (so writers queue instead of failing) and foreign keys.
    /// </summary>
    private static string ConnectionString(DatabaseProvider provider, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (provider == DatabaseProvider.SqlServer)
        {
            return configured ?? throw new OptionsValidationException(
                DatabaseOptions.Section, typeof(DatabaseOptions), ["Database:Provider is SqlServer but ConnectionStrings:Msp is not set."]);
        }

        var builder = new SqliteConnectionStringBuilder(configured ?? $"Data Source={Path.Combine(contentRoot, "App_Data", "msp.db")}")
        {
            ForeignKeys = true,
            Pooling = true,
        };

        // A configured Default Timeout stands (a shorter one fails a locked write sooner); none at all is never taken.
        builder.DefaultTimeout = builder.DefaultTimeout > 0 ? builder.DefaultTimeout : 30;
        return builder.ToString();
    }
}

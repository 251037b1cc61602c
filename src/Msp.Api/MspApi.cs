using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Msp.Api.PartnerConsole;
using Msp.Api.Endpoints;
using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application;
using Msp.Application.Addresses;
using Msp.Application.Auth;
using Msp.Application.Auth.Reset;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;
using Msp.Application.Messaging;
using Msp.Application.Upstreams;
using Msp.Application.Users;
using Msp.Infrastructure;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.DemoData;
using Scalar.AspNetCore;

namespace Msp.Api;

/// <summary>The composition root: services, the HTTP pipeline and the routes.</summary>
internal static class MspApi
{
    public static WebApplicationBuilder AddMspServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // Kestrel loads its endpoints and certificates from the "Kestrel" section but not its limits, so those (the
            // 1 MiB request body behind the 413) are bound here.
            configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits);
        });

        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.Configure<PlatformOptions>(configuration.GetSection(PlatformOptions.Section));
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.Configure<MessageLimitsOptions>(configuration.GetSection(MessageLimitsOptions.Section));
        services.Configure<UsersOptions>(configuration.GetSection(UsersOptions.Section));
        services.Configure<AddressesOptions>(configuration.GetSection(AddressesOptions.Section));
        services.AddOptions<UpstreamRateLimitOptions>()
            .Bind(configuration.GetSection(UpstreamRateLimitOptions.Section))
            .Validate(options => options.RequestsPerUserPerMinute >= 0, "Upstreams:RequestsPerUserPerMinute must be 0 (no limit) or more.")
            .ValidateOnStart();
        services.AddApplication();
        services.AddInfrastructure(configuration, builder.Environment.ContentRootPath);

        services.AddHttpContextAccessor();
        services.AddScoped<ISessionCookie, HttpSessionCookie>();
        services.AddScoped<IClientAddress, HttpClientAddress>();
        services.AddScoped<IAcceptHeader, HttpAcceptHeader>();
        services.AddExceptionHandler<UnexpectedErrorHandler>();
        services.AddProblemDetails();
        services.AddTrustedProxies(configuration);
        services.ConfigureHttpJsonOptions(json => WireJson.Configure(json.SerializerOptions));
        services.AddOpenApi(openApi => openApi
            .AddDocumentTransformer<ContractDocumentTransformer>()
            .AddOperationTransformer<OperationContractTransformer>()
            .AddOperationTransformer<OperationRequestTransformer>()
            .AddOperationTransformer<OperationAnswersTransformer>()
            .AddSchemaTransformer<WireSchemaTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.AddMspTelemetry();
        builder.AddMspConsole();
        return builder;
    }

    public static WebApplication UseMspPipeline(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => FallbackResponses.WriteAsync(context.HttpContext));
        app.UseLoginRateLimit();

        // The demo partners' logos, which the demo data names on a host that cannot be reached (Development only).
        if (app.Services.GetRequiredService<IOptions<PasswordResetOptions>>().Value.DemoLogosFrom.Length > 0)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new Microsoft.Extensions.FileProviders.EmbeddedFileProvider(typeof(MspApi).Assembly, "Msp.Api.DemoAssets"),
                RequestPath = "/demo",
            });
        }

        if (app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.PublishReference)
        {
            app.MapOpenApi();
            // The API, not the reference tool: no hosted-service, AI or SDK-generator promotions, nothing sent to its makers.
            app.MapScalarApiReference(scalar => scalar.HideDeveloperTools().DisableAgent().DisableMcp().DisableTelemetry().HideClientButton());
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.MapAuthEndpoints();
        app.MapUsersEndpoints();
        app.MapAddressesEndpoints();
        app.MapUpstreamsEndpoints();
        app.MapMessagingEndpoints();
        app.MapHardwareEndpoints();
        app.MapRealEstateEndpoints();
        app.MapServicesEndpoints();
        app.MapBillingEndpoints();
        app.MapMspConsole();
        return app;
    }

    /// <summary>Applies pending migrations and loads the demo data, as configuration asks.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.MigrateOnStartup)
        {
            app.MigrateDatabase();
        }

        if (options.SeedDemoData)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        }
    }

    /// <summary>Applies pending migration scripts; what <c>dotnet run -- migrate</c> does, for DBAs and deploy pipelines.</summary>
    public static void MigrateDatabase(this WebApplication app) => app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
}

using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;

namespace Msp.Infrastructure.Upstreams;

public static class UpstreamRegistration
{
    /// <summary>
    /// The key of an optional <see cref="TimeProvider"/> for the upstream pipelines' timeouts, back-off and break time.
    /// Without one they run on the wall clock, not on the platform's clock: the integration tests move that one by
    /// hand, and a wait on a real socket must not depend on it. A test of the breaker registers its own here.
    /// </summary>
    public const string ClockKey = "upstreams";

    /// <summary>What every upstream shares: the mode, the subscription check and the service records.</summary>
    public static IServiceCollection AddUpstreams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UpstreamsOptions>().Bind(configuration.GetSection(UpstreamsOptions.Section));
        services.AddScoped<IUpstreamSubscriptions, UpstreamSubscriptions>();
        services.AddScoped<UpstreamServiceDirectory>();
        return services;
    }

    /// <summary>
    /// One upstream's port, answered by its HTTP adapter (a typed client named <paramref name="upstream"/>, configured
    /// from <c>Upstreams:&lt;upstream&gt;</c>, behind the resilience pipeline) or, in Sandbox mode, by its sandbox.
    /// The mode is read when the port is resolved, so it follows configuration however the host was built.
    /// </summary>
    public static IServiceCollection AddUpstream<TPort, THttp, TSandbox>(this IServiceCollection services, IConfiguration configuration, string upstream)
        where TPort : class
        where THttp : class, TPort
        where TSandbox : class, TPort
    {
        services.AddOptions<UpstreamClientOptions>(upstream)
            .Bind(configuration.GetSection($"{UpstreamsOptions.Section}:{upstream}"))
            .Validate(options => options.IsValid(), $"{UpstreamsOptions.Section}:{upstream} has a value out of range (see docs/upstreams.md).")
            .ValidateOnStart();

        services.AddHttpClient<THttp>(upstream, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptionsMonitor<UpstreamClientOptions>>().Get(upstream);

                // The body is read after the resilience handler has returned, so the client's own timeout is what
                // keeps a slow body inside the budget.
                client.Timeout = options.TotalTimeout;
                client.MaxResponseContentBufferSize = options.MaxResponseBytes;
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("upstream", (pipeline, context) =>
                UpstreamResilience.Configure(
                    pipeline,
                    context.GetOptions<UpstreamClientOptions>(upstream),
                    context.ServiceProvider.GetKeyedService<TimeProvider>(ClockKey) ?? TimeProvider.System));

        services.AddSingleton<TSandbox>();
        services.AddScoped<TPort>(provider => provider.GetRequiredService<IOptions<UpstreamsOptions>>().Value.Mode == UpstreamMode.Sandbox
            ? provider.GetRequiredService<TSandbox>()
            : provider.GetRequiredService<THttp>());
        return services;
    }
}

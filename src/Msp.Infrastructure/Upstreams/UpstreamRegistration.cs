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

    private const string HttpSuffix = "HttpGateway";

    /// <summary>
    /// Every upstream port, found by convention: an adapter <c>&lt;X&gt;HttpGateway</c> in
    /// <c>Infrastructure/Upstreams/&lt;Upstream&gt;/</c> implements a port <c>I…Gateway</c> and has a
    /// <c>&lt;X&gt;SandboxGateway</c> beside it. The folder names the upstream (its configuration section and service
    /// record); all ports of one upstream share its client, timeouts and circuit breaker.
    /// </summary>
    public static IServiceCollection AddUpstreamGateways(this IServiceCollection services, IConfiguration configuration)
    {
        var register = typeof(UpstreamRegistration).GetMethod(nameof(AddUpstream))!;
        var adapters = typeof(UpstreamRegistration).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.Name.EndsWith(HttpSuffix, StringComparison.Ordinal))
            .GroupBy(type => type.Namespace![(type.Namespace!.LastIndexOf('.') + 1)..]);
        foreach (var upstream in adapters)
        {
            services.AddUpstreamClient(configuration, upstream.Key);
            foreach (var http in upstream)
            {
                var port = http.GetInterfaces().Single(i => i.Name.EndsWith("Gateway", StringComparison.Ordinal));
                var sandboxName = $"{http.Namespace}.{http.Name[..^HttpSuffix.Length]}SandboxGateway";
                var sandbox = http.Assembly.GetType(sandboxName)
                    ?? throw new InvalidOperationException($"{http.FullName} has no {sandboxName} beside it.");
                register.MakeGenericMethod(port, http, sandbox).Invoke(null, [services, upstream.Key]);
            }
        }

        return services;
    }

    /// <summary>What every upstream shares: the mode, the subscription check and the service records.</summary>
    public static IServiceCollection AddUpstreams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UpstreamsOptions>().Bind(configuration.GetSection(UpstreamsOptions.Section));
        services.AddScoped<UpstreamServiceDirectory>();
        return services;
    }

    /// <summary>
    /// One upstream's named client: configured from <c>Upstreams:&lt;upstream&gt;</c>, behind the resilience pipeline.
    /// </summary>
    public static IServiceCollection AddUpstreamClient(this IServiceCollection services, IConfiguration configuration, string upstream)
    {
        services.AddOptions<UpstreamClientOptions>(upstream)
            .Bind(configuration.GetSection($"{UpstreamsOptions.Section}:{upstream}"))
            .Validate(options => options.IsValid(), $"{UpstreamsOptions.Section}:{upstream} has a value out of range (see docs/upstreams.md).")
            .ValidateOnStart();

        services.AddHttpClient(upstream, (provider, client) =>
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
        return services;
    }

    /// <summary>
    /// One upstream port, answered by its HTTP adapter (a typed client over the upstream's named client) or, in Sandbox
    /// mode, by its sandbox. The mode is read when the port is resolved, so it follows configuration however the host
    /// was built.
    /// </summary>
    public static IServiceCollection AddUpstream<TPort, THttp, TSandbox>(this IServiceCollection services, string upstream)
        where TPort : class
        where THttp : class, TPort
        where TSandbox : class, TPort
    {
        // An adapter serving several services of one kind (both Docman services) takes the client factory and picks
        // each service's named client; any other is a typed client over its upstream's.
        if (typeof(THttp).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(HttpClient))))
        {
            services.AddHttpClient<THttp>(upstream);
        }
        else
        {
            services.AddScoped<THttp>();
        }

        services.AddSingleton<TSandbox>();
        services.AddScoped<TPort>(provider => provider.GetRequiredService<IOptions<UpstreamsOptions>>().Value.Mode == UpstreamMode.Sandbox
            ? provider.GetRequiredService<TSandbox>()
            : provider.GetRequiredService<THttp>());
        return services;
    }
}

using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;

namespace Msp.Infrastructure.Upstreams;

public static class UpstreamRegistration
{
    private const string HttpSuffix = "HttpGateway";

    /// <summary>What every upstream shares: the mode, the subscription check and the service records.</summary>
    public static IServiceCollection AddUpstreams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UpstreamsOptions>().Bind(configuration.GetSection(UpstreamsOptions.Section));
        services.AddScoped<UpstreamServiceDirectory>();
        return services;
    }

    /// <summary>
    /// Every upstream port found by convention: <c>Application/Upstreams/&lt;Upstream&gt;/Ports.cs</c> declares
    /// <c>I&lt;Upstream&gt;Gateway</c>, and <c>Infrastructure/Upstreams/&lt;Upstream&gt;/</c> holds
    /// <c>&lt;Upstream&gt;HttpGateway</c> and <c>&lt;Upstream&gt;SandboxGateway</c>; the upstream's name (its configuration
    /// section and service record) is the folder's.
    /// </summary>
    public static IServiceCollection AddUpstreamGateways(this IServiceCollection services, IConfiguration configuration)
    {
        var register = typeof(UpstreamRegistration).GetMethod(nameof(AddUpstream))!;
        var adapters = typeof(UpstreamRegistration).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.Name.EndsWith(HttpSuffix, StringComparison.Ordinal));
        foreach (var http in adapters)
        {
            var upstream = http.Name[..^HttpSuffix.Length];
            var port = http.GetInterfaces().Single(i => i.Name == $"I{upstream}Gateway");
            var sandbox = http.Assembly.GetType($"{http.Namespace}.{upstream}SandboxGateway")
                ?? throw new InvalidOperationException($"{http.FullName} has no {upstream}SandboxGateway beside it.");
            register.MakeGenericMethod(port, http, sandbox).Invoke(null, [services, configuration, upstream]);
        }

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
                UpstreamResilience.Configure(pipeline, context.GetOptions<UpstreamClientOptions>(upstream)));

        services.AddSingleton<TSandbox>();
        services.AddScoped<TPort>(provider => provider.GetRequiredService<IOptions<UpstreamsOptions>>().Value.Mode == UpstreamMode.Sandbox
            ? provider.GetRequiredService<TSandbox>()
            : provider.GetRequiredService<THttp>());
        return services;
    }
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Msp.Api.Http;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> count only from the proxies in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges); both are empty by default (ADR 15). Behind a
/// known proxy the login limit sees each client's own address; anyone else's forwarded headers change nothing.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Addresses(configuration, "KnownProxies").Select(ProxyAddress).ToList();
        var networks = Addresses(configuration, "KnownNetworks").Select(ProxyNetwork).ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The framework trusts loopback by default; here only what configuration names is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    /// <summary>
    /// Only with a proxy configured: with both lists empty the middleware would take forwarded headers from anyone.
    /// </summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (Addresses(configuration, "KnownProxies").Length > 0 || Addresses(configuration, "KnownNetworks").Length > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static string[] Addresses(IConfiguration configuration, string key) =>
        configuration.GetSection($"{Section}:{key}").Get<string[]>()?.Where(a => !string.IsNullOrWhiteSpace(a)).ToArray() ?? [];

    private static IPAddress ProxyAddress(string text) =>
        IPAddress.TryParse(text.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies has \"{text}\", which is not an IP address.");

    private static System.Net.IPNetwork ProxyNetwork(string text) =>
        System.Net.IPNetwork.TryParse(text.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks has \"{text}\", which is not an IP network (CIDR, e.g. 10.0.0.0/8).");
}

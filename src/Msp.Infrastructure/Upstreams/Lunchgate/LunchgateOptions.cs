using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Msp.Infrastructure.Upstreams.Lunchgate;

/// <summary>
/// <c>Upstreams:Lunchgate:CacheLifetime</c>: how long a search, menu or profile answer is reused for the same query.
/// Lunchgate's answers are public and the same for every resident, so a burst of identical searches costs one call.
/// </summary>
public sealed class LunchgateOptions
{
    public const string Section = "Upstreams:Lunchgate";

    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(5);
}

public static class LunchgateRegistration
{
    /// <summary>The cache of Lunchgate's answers (in-process, one flight per key) and its lifetime.</summary>
    public static IServiceCollection AddLunchgateCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LunchgateOptions>()
            .Bind(configuration.GetSection(LunchgateOptions.Section))
            .Validate(options => options.CacheLifetime > TimeSpan.Zero, $"{LunchgateOptions.Section}:CacheLifetime must be positive.")
            .ValidateOnStart();
        services.AddHybridCache();
        return services;
    }
}

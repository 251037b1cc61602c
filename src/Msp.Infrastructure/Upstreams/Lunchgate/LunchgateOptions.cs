using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Msp.Infrastructure.Upstreams.Lunchgate;

/// <summary>
/// <c>Upstreams:Lunchgate</c>: how long a search, menu or profile answer is reused for the same query, and how much of
/// the heap the reused answers may take. Lunchgate's answers are public and the same for every resident, so a burst of
/// identical searches costs one call; a burst of distinct ones must not cost unbounded memory (ADR 25).
/// </summary>
public sealed class LunchgateOptions
{
    public const string Section = "Upstreams:Lunchgate";

    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Bytes all cached answers take together, counted as their UTF-8 text plus a small overhead per entry. 64 MiB: half
    /// the API's resting footprint, room for thousands of answers the size of spec 8's examples (0.5–13 KB) and for 256
    /// at <see cref="MaxCachedAnswerSize"/>.
    /// </summary>
    public long CacheSizeLimit { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// A larger answer is relayed but not kept. 256 KiB: twenty times spec 8's largest example (a search with ten
    /// restaurants), so only an unusual answer is left out, and one query can take no more than 1/256 of the cache.
    /// </summary>
    public long MaxCachedAnswerSize { get; set; } = 256 * 1024;

    public bool IsValid() =>
        CacheLifetime > TimeSpan.Zero && CacheSizeLimit > 0 && MaxCachedAnswerSize > 0
        && MaxCachedAnswerSize + LunchgateAnswerCache.EntryOverhead <= CacheSizeLimit;
}

public static class LunchgateRegistration
{
    /// <summary>The cache of Lunchgate's answers (in-process, bounded in bytes, one flight per key) and its limits.</summary>
    public static IServiceCollection AddLunchgateCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LunchgateOptions>()
            .Bind(configuration.GetSection(LunchgateOptions.Section))
            .Validate(
                options => options.IsValid(),
                $"{LunchgateOptions.Section}: CacheLifetime, CacheSizeLimit and MaxCachedAnswerSize must be positive, and MaxCachedAnswerSize below CacheSizeLimit.")
            .ValidateOnStart();
        services.AddSingleton<LunchgateAnswerCache>();
        return services;
    }
}

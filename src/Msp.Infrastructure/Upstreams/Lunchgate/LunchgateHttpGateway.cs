using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.Lunchgate;

namespace Msp.Infrastructure.Upstreams.Lunchgate;

/// <summary>
/// Lunchgate over HTTP: <c>GET {api_url}search</c>, <c>menu</c> and <c>profile</c> with the query's parameters only
/// (docs/upstreams.md). Usable answers are cached per request URI for <see cref="LunchgateOptions.CacheLifetime"/>;
/// concurrent identical queries share one call. Failures are not cached.
/// </summary>
public sealed class LunchgateHttpGateway(
    HttpClient http,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    IOptions<LunchgateOptions> lunchgateOptions,
    HybridCache cache,
    ILogger<LunchgateHttpGateway> logger) : ILunchgateGateway
{
    private static readonly LunchgateOutcome Unavailable = new LunchgateOutcome.Unavailable();

    private readonly UpstreamCaller _caller = new(http, directory, options.Get(nameof(Lunchgate)).BaseUrl, logger, UpstreamNames.Lunchgate);

    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = lunchgateOptions.Value.CacheLifetime,
        LocalCacheExpiration = lunchgateOptions.Value.CacheLifetime,
    };

    public Task<LunchgateOutcome> SearchAsync(string? location, string? keywords, CancellationToken cancellationToken)
    {
        var query = new List<string>(2);
        if (location is not null)
        {
            query.Add("location=" + Uri.EscapeDataString(location));
        }

        if (keywords is not null)
        {
            query.Add("keywords=" + Uri.EscapeDataString(keywords));
        }

        return AskAsync("getRestaurant", "search?" + string.Join('&', query), cancellationToken);
    }

    public Task<LunchgateOutcome> GetMenuAsync(long restaurantId, int day, int limit, CancellationToken cancellationToken) =>
        AskAsync("getRestaurantMenu", string.Create(CultureInfo.InvariantCulture, $"menu?restaurant_id={restaurantId}&day={day}&limit={limit}"), cancellationToken);

    public Task<LunchgateOutcome> GetProfileAsync(long restaurantId, CancellationToken cancellationToken) =>
        AskAsync("getRestaurantProfile", string.Create(CultureInfo.InvariantCulture, $"profile?restaurant_id={restaurantId}"), cancellationToken);

    private async Task<LunchgateOutcome> AskAsync(string call, string relativeUri, CancellationToken cancellationToken)
    {
        try
        {
            var body = await cache.GetOrCreateAsync(
                "lunchgate:" + relativeUri,
                (call, relativeUri, caller: _caller),
                static async (state, token) => await state.caller.GetJsonAsync(state.call, state.relativeUri, Usable, token)
                    ?? throw new NotCachedException(),
                _entry,
                cancellationToken: cancellationToken);
            using var document = JsonDocument.Parse(body);
            return new LunchgateOutcome.Found(document.RootElement.Clone());
        }
        catch (NotCachedException)
        {
            return Unavailable;
        }
    }

    /// <summary>Spec 8's answers are objects with <c>"status":"success"</c>; kept as their JSON text.</summary>
    private static string? Usable(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("status", out var status)
        && status.ValueKind == JsonValueKind.String && status.GetString() == "success"
            ? body.GetRawText()
            : null;

    /// <summary>
    /// HybridCache caches whatever its factory returns; throwing is its one way to say "this answer is not to be kept",
    /// so an unavailable Lunchgate is asked again by the next request.
    /// </summary>
    private sealed class NotCachedException : Exception;
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.Lunchgate;

namespace Msp.Infrastructure.Upstreams.Lunchgate;

/// <summary>
/// Lunchgate over HTTP: <c>GET {api_url}search</c>, <c>menu</c> and <c>profile</c> with the query's parameters only
/// (docs/upstreams.md). Usable answers are cached per request URI in <see cref="LunchgateAnswerCache"/>, bounded in
/// bytes; concurrent identical queries share one call. Failures are not cached.
/// </summary>
public sealed class LunchgateHttpGateway(
    HttpClient http,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    LunchgateAnswerCache cache,
    ILogger<LunchgateHttpGateway> logger) : ILunchgateGateway
{
    private static readonly LunchgateOutcome Unavailable = new LunchgateOutcome.Unavailable();

    private readonly UpstreamCaller _caller = new(http, directory, options.Get(nameof(Lunchgate)).BaseUrl, logger, UpstreamNames.Lunchgate);

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

    private async Task<LunchgateOutcome> AskAsync(string call, string relativeUri, CancellationToken cancellationToken) =>
        await cache.GetOrAskAsync("lunchgate:" + relativeUri, (call, relativeUri), FetchAsync, cancellationToken) is { } body
            ? new LunchgateOutcome.Found(JsonSerializer.Deserialize<JsonElement>(body))
            : Unavailable;

    /// <summary>The shared call, by the gateway of the flight's own scope (<see cref="LunchgateAnswerCache.GetOrAskAsync"/>).</summary>
    private static Task<byte[]?> FetchAsync(IServiceProvider flight, (string Call, string RelativeUri) query) =>
        flight.GetRequiredService<LunchgateHttpGateway>()._caller.GetJsonAsync(query.Call, query.RelativeUri, Usable, CancellationToken.None);

    /// <summary>Spec 8's answers are objects with <c>"status":"success"</c>; kept as their JSON text, as Lunchgate wrote it.</summary>
    private static byte[]? Usable(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("status", out var status)
        && status.ValueKind == JsonValueKind.String && status.GetString() == "success"
            ? JsonMarshal.GetRawUtf8Value(body).ToArray()
            : null;
}

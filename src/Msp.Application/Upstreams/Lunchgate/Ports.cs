using System.Text.Json;

namespace Msp.Application.Upstreams.Lunchgate;

/// <summary>
/// Lunchgate, the restaurant guide behind My Restaurant (spec 8): public data, asked for by query only. Nothing about
/// the user is sent, so answers may be shared between users (the HTTP adapter caches them).
/// </summary>
public interface ILunchgateGateway
{
    /// <summary>Restaurants near <paramref name="location"/> matching <paramref name="keywords"/> (either may be null).</summary>
    Task<LunchgateOutcome> SearchAsync(string? location, string? keywords, CancellationToken cancellationToken);

    Task<LunchgateOutcome> GetMenuAsync(long restaurantId, int day, int limit, CancellationToken cancellationToken);

    Task<LunchgateOutcome> GetProfileAsync(long restaurantId, CancellationToken cancellationToken);
}

/// <summary>What Lunchgate answered: its object, relayed as is, or nothing usable.</summary>
public abstract record LunchgateOutcome
{
    private LunchgateOutcome()
    {
    }

    /// <summary>A JSON object whose <c>status</c> is <c>success</c>, as spec 8 prints them.</summary>
    public sealed record Found(JsonElement Body) : LunchgateOutcome;

    /// <summary>Refused, timed out, failed, answered garbage, or its circuit is open; the adapter has logged why.</summary>
    public sealed record Unavailable : LunchgateOutcome;
}

using System.Text.Json;

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;

/// <summary>Spec 8.2: a restaurant's menu of a day (0 today), at most Limit entries (default 10).</summary>
public sealed record GetRestaurantMenuQuery(WireId? RestaurantId, WireNumber? Day, WireNumber? Limit) : IQuery<JsonElement>, IUpstreamRequest;

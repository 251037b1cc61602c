using System.Text.Json;

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;

/// <summary>Spec 8.3: a restaurant's profile.</summary>
public sealed record GetRestaurantProfileQuery(WireId? RestaurantId) : IQuery<JsonElement>, IUpstreamRequest;

using System.Text.Json;

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurant;

/// <summary>Spec 8.1: restaurants near a place and matching keywords, as Lunchgate finds them.</summary>
public sealed record GetRestaurantQuery(string? Location, string? Keywords) : IQuery<JsonElement>, IUpstreamRequest;

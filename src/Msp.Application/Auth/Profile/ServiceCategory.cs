using System.Text.Json.Serialization;

namespace Msp.Application.Auth.Profile;

/// <summary>A category of the caller's available services, as login's <c>categories</c> shows it.</summary>
public sealed class ServiceCategory
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? ParentId { get; init; }

    public string Name { get; init; } = "";

    public string Image { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Active { get; init; }

    public string SmartImage { get; init; } = "";

    public string InWallImage { get; init; } = "";
}

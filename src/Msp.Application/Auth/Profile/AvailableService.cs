using System.Text.Json.Serialization;
using Msp.Application.Common.Time;

namespace Msp.Application.Auth.Profile;

/// <summary>
/// A service as the spec's <c>available_services</c> shows it, without the upstream credentials
/// (<c>admin</c>, <c>admin_password</c>, <c>secret_id</c>) the old platform leaked (docs/contract.md §1).
/// </summary>
public sealed class AvailableService
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Params { get; init; } = "";

    public string AdminUrl { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Type { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime CreatedAt { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime UpdatedAt { get; init; }

    public string Image { get; init; } = "";

    public string WebviewUrl { get; init; } = "";

    public string DocUrl { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Active { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? UserId { get; init; }

    public string Managername { get; init; } = "";

    public long CategoryId { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int DeviceType { get; init; }

    public string Description { get; init; } = "";

    public string SmartImage { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int InternalUse { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Currency { get; init; }

    public string Vat { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int AvailableInApp { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int InWall { get; init; }

    public string InWallImage { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int AvailableInWeb { get; init; }

    public string ApiUrl { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Subscription { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int AddressSpecific { get; init; }

    /// <summary>The caller may use it now: subscribed, and the service is active.</summary>
    public bool Usable { get; init; }
}

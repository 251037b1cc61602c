using System.Text.Json.Serialization;

namespace Msp.Application.Auth.Profile;

/// <summary>The spec's <c>user_info</c> object (3.1, 6.23); ids and flags are strings on the wire, as printed.</summary>
public sealed class UserInfo
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Lastname { get; init; } = "";

    public string Email { get; init; } = "";

    public string Gender { get; init; } = "";

    public string Username { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? DefaultAddressId { get; init; }

    public string Telephone { get; init; } = "";

    public string Mobil { get; init; } = "";

    public string Fax { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Status { get; init; }

    public string Image { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Demo { get; init; }

    public string PaymentAllowed { get; init; } = "";

    public PartnerBranding? Partner { get; set; }

    public string Language { get; init; } = "";

    public string BpInternalNumber { get; init; } = "";
}

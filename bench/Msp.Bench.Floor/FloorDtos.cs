using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Msp.Bench.Floor;

// Plain copies of the API's wire models (Msp.Application.Auth.Profile): same properties, order and number handling,
// so both bodies are byte for byte the same and the serializer does the same work. Rows are read straight into them.

internal sealed class CallerRow
{
    public long UserId { get; init; }

    public int RoleId { get; init; }

    public long? PartnerId { get; init; }

    public long? ServiceId { get; init; }

    public long AccessTokenId { get; init; }

    public DateTime ExpiresAt { get; init; }

    public long? DeviceSessionId { get; init; }
}

internal sealed record UserInfoBody(
    [property: JsonPropertyName("validUntil")] string ValidUntil,
    [property: JsonPropertyName("deviceSessionId")] string DeviceSessionId,
    UserInfo UserInfo,
    IReadOnlyList<long> SubscribedServices,
    IReadOnlyList<AvailableService> AvailableServices,
    IReadOnlyList<AvailableLanguage> AvailableLanguages);

internal sealed class UserInfo
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

    public Partner? Partner { get; set; }

    public string Language { get; init; } = "";

    public string BpInternalNumber { get; init; } = "";
}

/// <summary>The partner row as read; the three bar-button columns are shown as one nested object, or null.</summary>
internal sealed class Partner
{
    public string Company { get; init; } = "";

    public string Name { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Email { get; init; } = "";

    public string Logo { get; init; } = "";

    public string BackgroundImage { get; init; } = "";

    public string BackgroundSmartphoneImage { get; init; } = "";

    public string FontColorTop { get; init; } = "";

    public string ColorTop { get; init; } = "";

    public string FontColorService { get; init; } = "";

    public string FontColorBottom { get; init; } = "";

    public string SmartphoneAppName { get; init; } = "";

    public string LineColorSmartphone { get; init; } = "";

    public string FontColorSmartphone { get; init; } = "";

    public string BackgroundColorSmartphone { get; init; } = "";

    public string BackgroundColorWallTablet { get; init; } = "";

    public string BackgroundColorIconSmartphone { get; init; } = "";

    public bool PaidServices { get; init; }

    public bool SupportButton { get; init; }

    public string Url { get; init; } = "";

    public string FooterContent { get; init; } = "";

    public bool FooterActive { get; init; }

    public string ColorService { get; init; } = "";

    public BarButton? BarButton => BarButtonColor is null && BarButtonText is null && BarButtonUrl is null
        ? null
        : new BarButton(BarButtonColor ?? "", BarButtonText ?? "", BarButtonUrl ?? "");

    [JsonIgnore]
    public string? BarButtonColor { get; init; }

    [JsonIgnore]
    public string? BarButtonText { get; init; }

    [JsonIgnore]
    public string? BarButtonUrl { get; init; }
}

internal sealed record BarButton(string Color, string Text, string Url);

internal sealed class AvailableService
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

    public bool Usable { get; init; }
}

internal sealed class AvailableLanguage
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    public string Iso { get; init; } = "";

    public string Name { get; init; } = "";
}

/// <summary>Read because the API's profile query reads it too; getUserInfo does not show it.</summary>
internal sealed class ServiceCategory
{
    public long Id { get; init; }

    public long? ParentId { get; init; }

    public string Name { get; init; } = "";

    public string Image { get; init; } = "";

    public int Active { get; init; }

    public string SmartImage { get; init; } = "";

    public string InWallImage { get; init; } = "";
}

/// <summary>Record timestamps as the spec prints them: <c>"2015-05-14 10:48:04"</c>.</summary>
internal sealed class WireDateTimeConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.ParseExact(reader.GetString()!, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}

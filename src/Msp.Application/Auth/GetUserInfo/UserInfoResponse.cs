using System.Text.Json.Serialization;
using Msp.Application.Auth.Profile;

namespace Msp.Application.Auth.GetUserInfo;

/// <summary>The object of spec 6.23, in the spec's property order.</summary>
public sealed record UserInfoResponse(
    [property: JsonPropertyName("validUntil")] string ValidUntil,
    [property: JsonPropertyName("deviceSessionId")] string DeviceSessionId,
    UserInfo UserInfo,
    IReadOnlyList<long> SubscribedServices,
    IReadOnlyList<AvailableService> AvailableServices,
    IReadOnlyList<AvailableLanguage> AvailableLanguages);

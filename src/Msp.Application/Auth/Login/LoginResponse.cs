using System.Text.Json.Serialization;
using Msp.Application.Auth.Profile;

namespace Msp.Application.Auth.Login;

/// <summary>The login object of spec 3.1, in the spec's property order.</summary>
public sealed record LoginResponse(
    string AccessToken,
    string RefreshToken,
    [property: JsonPropertyName("validUntil")] string ValidUntil,
    [property: JsonPropertyName("deviceSessionId")] string DeviceSessionId,
    UserInfo UserInfo,
    IReadOnlyList<AvailableLanguage> AvailableLanguages,
    string UrlTest,
    IReadOnlyList<AvailableService> AvailableServices,
    IReadOnlyList<ServiceCategory> Categories);

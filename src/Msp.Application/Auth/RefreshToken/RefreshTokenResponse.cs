using System.Text.Json.Serialization;

namespace Msp.Application.Auth.RefreshToken;

public sealed record RefreshTokenResponse(
    [property: JsonPropertyName("newtoken")] string NewToken,
    [property: JsonPropertyName("newrefreshtoken")] string NewRefreshToken,
    [property: JsonPropertyName("validUntil")] string ValidUntil);

using Msp.Domain.Accounts;

namespace Msp.Application.Common.Security;

/// <summary>
/// Who is calling, resolved once per request from the access token or the session cookie.
/// <paramref name="PartnerId"/> is the BP of an end user or partner admin; <paramref name="ServiceId"/> the service a
/// service account owns; <paramref name="DeviceSessionId"/> the session the cookie names, when a cookie was used.
/// </summary>
public sealed record Caller(
    long UserId,
    Role Role,
    long? PartnerId,
    long? ServiceId,
    long AccessTokenId,
    DateTime AccessTokenExpiresAtUtc,
    long? DeviceSessionId);

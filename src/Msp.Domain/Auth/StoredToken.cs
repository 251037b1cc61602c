namespace Msp.Domain.Auth;

/// <summary>
/// One access token and its refresh token as stored: a link of the family that one login started (ADR 7). A rotated
/// link is refreshed and revoked at once; an expired access token may still be refreshed, a revoked one may not.
/// </summary>
public sealed record StoredToken(
    long Id,
    long AccountId,
    string FamilyId,
    string Source,
    DateTime ExpiresAtUtc,
    DateTime RefreshExpiresAtUtc,
    DateTime? RefreshedAtUtc,
    DateTime? RevokedAtUtc)
{
    public bool IsLive(DateTime nowUtc) => RevokedAtUtc is null && ExpiresAtUtc > nowUtc;

    public bool WasRefreshed => RefreshedAtUtc is not null;
}

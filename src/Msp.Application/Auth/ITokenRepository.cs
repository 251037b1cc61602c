using Msp.Domain.Auth;

namespace Msp.Application.Auth;

/// <summary>Access and refresh tokens, stored hashed, and the device sessions bound to them.</summary>
public interface ITokenRepository
{
    Task<IssuedTokens> IssueAsync(long accountId, LoginSource source, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// The token an access token or a session cookie names, expired or revoked alike, as long as its account is
    /// active: a disabled or pending-deletion account can neither refresh nor revoke its way back in.
    /// </summary>
    Task<StoredToken?> FindAsync(string? accessToken, string? sessionCookie, CancellationToken cancellationToken);

    Task<StoredToken?> FindByRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces <paramref name="token"/> with a new pair in the same family; its open sessions move to the new token.
    /// Null when a concurrent refresh used the same refresh token first.
    /// </summary>
    Task<TokenPair?> RotateAsync(StoredToken token, DateTime nowUtc, CancellationToken cancellationToken);

    Task RevokeAsync(long tokenId, DateTime nowUtc, CancellationToken cancellationToken);

    Task RevokeFamilyAsync(string familyId, DateTime nowUtc, CancellationToken cancellationToken);

    Task RevokeOthersOfAccountAsync(long accountId, long keptTokenId, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Revokes every token of the account and ends its sessions (the account was disabled or deleted).</summary>
    Task RevokeAllOfAccountAsync(long accountId, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Ends the named session, or else the token's newest open one; false when there was none to end.</summary>
    Task<bool> EndSessionAsync(long tokenId, long? sessionId, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The public id of the named session, or else of the token's newest one.</summary>
    Task<string> SessionPublicIdAsync(long tokenId, long? sessionId, CancellationToken cancellationToken);
}

public sealed record TokenPair(string AccessToken, string RefreshToken, DateTime ExpiresAtUtc);

public sealed record IssuedTokens(TokenPair Tokens, string DeviceSessionId, string SessionCookie);

using Msp.Application.Auth.Profile;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;

namespace Msp.Application.Auth;

public interface IAccountRepository
{
    /// <summary>By email or username, case-insensitively.</summary>
    Task<UserAccount?> FindByLoginAsync(string emailOrUsername, CancellationToken cancellationToken);

    Task<UserAccount?> FindByDeviceUidAsync(string uid, CancellationToken cancellationToken);

    Task<UserAccount?> FindByIdAsync(long id, CancellationToken cancellationToken);

    Task SavePasswordHashAsync(UserAccount account, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>
/// The per-account counter of password attempts; it lives in the database, so every instance sees it.
/// </summary>
public interface ILoginAttemptRepository
{
    /// <summary>
    /// Counts one attempt before its password is checked, atomically, unless the account is locked (false): so no
    /// more attempts than the threshold ever reach the hash, however many arrive at once. The attempt that reaches
    /// the threshold sets the lock; a right password then clears it (<see cref="ClearAsync"/>). The claim commits at
    /// once: it counts whether or not the command that made it succeeds.
    /// </summary>
    Task<bool> TryClaimAsync(long accountId, LockoutPolicy policy, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Resets the counter and the lock, in the command's transaction.</summary>
    Task ClearAsync(long accountId, CancellationToken cancellationToken);
}

public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);

    /// <summary>Spends the time of one verification, so an unknown account answers as slowly as a known one.</summary>
    void VerifyNothing(string password);
}

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
}

/// <summary>The login cookie, which names a device session; the transport implements it.</summary>
public interface ISessionCookie
{
    void Issue(string value, DateTime expiresAtUtc);

    void Clear();
}

public interface IUserProfileReader
{
    Task<UserProfile> ReadAsync(long userId, CancellationToken cancellationToken);
}

public interface IDeviceTokenRepository
{
    /// <summary>
    /// Saves the token of the account's app on the platform (replacing that app's previous one), then keeps only the
    /// account's <paramref name="devicesKept"/> tokens refreshed last.
    /// </summary>
    Task SaveAsync(long accountId, string appId, string platform, string deviceToken, int devicesKept, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>The one-time links of spec 3.4: random tokens, stored only as hashes.</summary>
public interface IPasswordResetRepository
{
    /// <summary>The active account with this email (case-insensitively); null for an unknown, disabled or pending-deletion one.</summary>
    Task<ResetRecipient?> FindActiveAccountAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// The token of the reset request's link, which only its email carries; the link is stored as the token's hash.
    /// A request has one link at most: the first call stores it, unless the account already got
    /// <see cref="ResetLinkRequest.MaxPerHour"/> links in the hour before <paramref name="nowUtc"/>; a later call (a
    /// retry after a failed send) gives the same, still open link a new token and expiry, so the token of the failed
    /// attempt stops working and the hourly count does not grow. Null when the limit is reached or the request's
    /// link was used up or voided.
    /// </summary>
    Task<string?> IssueAsync(ResetLinkRequest request, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The link this token names, in whatever state it is; null for an unknown token or an account no longer active.</summary>
    Task<PasswordResetLink?> FindAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// Uses the link up, if it still is unused and unexpired (false when a concurrent request used it first), and with
    /// it every other open link of the account.
    /// </summary>
    Task<bool> UseAsync(PasswordResetLink link, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Uses up every open link of the account: its password changed, so no older request may change it again.</summary>
    Task VoidOpenLinksAsync(long accountId, DateTime nowUtc, CancellationToken cancellationToken);
}

public sealed record ResetRecipient(long AccountId, string Email, string Language, string PartnerName, string PartnerLogo)
{
    public ResetAudience Audience => new(Language, PartnerName, PartnerLogo);
}

/// <summary>The link a reset request (its outbox row) asks for, for an account allowed <paramref name="MaxPerHour"/> links an hour.</summary>
public sealed record ResetLinkRequest(long RequestId, long AccountId, int MaxPerHour, DateTime ExpiresAtUtc);

public sealed record PasswordResetLink(long Id, long AccountId, DateTime ExpiresAtUtc, DateTime? UsedAtUtc, ResetAudience Audience)
{
    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && ExpiresAtUtc > nowUtc;
}

/// <summary>What is counted per client address (issue 13 §1).</summary>
public enum ClientAddressEvent
{
    /// <summary>A login or password-reset request (<see cref="AuthOptions.LoginRequestsPerMinute"/>).</summary>
    LoginRequest,

    /// <summary>A device-uid login whose uid matched no device (<see cref="AuthOptions.FailedUidLoginsPerMinute"/>).</summary>
    FailedUidLogin,
}

/// <summary>
/// Counters per client address in fixed windows, in the database, so every instance behind a load balancer counts the
/// same requests. Counting commits at once, whatever the request then does.
/// </summary>
public interface IClientAddressWindowRepository
{
    /// <summary>
    /// Counts one event unless the address's current window already holds <paramref name="limit"/> (atomically: of
    /// many at once, exactly as many as fit are counted); a window older than <paramref name="window"/> starts again.
    /// </summary>
    Task<AddressWindowCount> TryCountAsync(
        string clientAddress, ClientAddressEvent kind, int limit, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The events in the address's current window (0 when it is over).</summary>
    Task<int> CountAsync(string clientAddress, ClientAddressEvent kind, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>Whether the event was counted, and when the window that refused it ends.</summary>
public sealed record AddressWindowCount(bool Counted, DateTime WindowEndsUtc);

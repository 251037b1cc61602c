namespace Msp.Application.Auth;

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

using Msp.Domain.Accounts;

namespace Msp.Application.Audit;

/// <summary>
/// What a command's handler tells the audit trail that the request alone does not (ADR 33): who signed in (a login has
/// no caller), the user a command reached through another id (an address's owner) or created, a detail, and the events
/// a command raises on the way (a lockout, a refresh token used twice). Scoped to the request; the audit behavior
/// reads it once the command has answered.
/// </summary>
public sealed class AuditEntry
{
    private List<(string Operation, long? AccountId)>? _raised;

    public long? ActorAccountId { get; private set; }

    public Role? ActorRole { get; private set; }

    public string? ActorLogin { get; private set; }

    public long? TargetUserId { get; private set; }

    public string? Detail { get; private set; }

    public IReadOnlyList<(string Operation, long? AccountId)> Raised => _raised ?? [];

    /// <summary>
    /// The account a sign-in (password, device uid or reset link) was for, which is also whom it concerns (so its BP's
    /// admins see it); a failed one with no account names the login it gave.
    /// </summary>
    public void SignIn(UserAccount? account, string? login)
    {
        ActorAccountId = account?.Id;
        ActorRole = account?.Role;
        ActorLogin = account is null ? login : null;
        TargetUserId = account?.Id;
    }

    /// <summary>The account a command without a caller acted as (a refresh token's, a reset link's), which is also whom it concerns.</summary>
    public void ActingAs(long accountId)
    {
        ActorAccountId = accountId;
        TargetUserId = accountId;
    }

    public void Target(long userId) => TargetUserId = userId;

    public void Note(string detail) => Detail = detail;

    /// <summary>An event of its own beside the command's (<c>lockout</c>, <c>refreshTokenReused</c>), about an account.</summary>
    public void Raise(string operation, long? accountId) => (_raised ??= []).Add((operation, accountId));
}

namespace Msp.Domain.Accounts;

/// <summary>The part of an account that signing in and changing a password work on.</summary>
public sealed class UserAccount(long id, Role role, AccountStatus status, string passwordHash, int failedLogins, DateTime? lockedUntilUtc)
{
    public long Id { get; } = id;

    public Role Role { get; } = role;

    public AccountStatus Status { get; } = status;

    public string PasswordHash { get; private set; } = passwordHash;

    /// <summary>Failed logins in the current lockout window.</summary>
    public int FailedLogins { get; } = failedLogins;

    public DateTime? LockedUntilUtc { get; } = lockedUntilUtc;

    /// <summary>Disabled and pending-deletion accounts keep their data but may not sign in or use a token.</summary>
    public bool MaySignIn => Status.IsActive();

    public bool IsLockedOut(DateTime nowUtc) => LockedUntilUtc is { } until && until > nowUtc;

    public void ChangePasswordHash(string newHash) => PasswordHash = newHash;
}

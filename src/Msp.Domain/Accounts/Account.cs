using Msp.Domain.SeedWork;

namespace Msp.Domain.Accounts;

/// <summary>
/// An account as the operations that manage people see it (ADR 8): its role, its BP and its status, with what each
/// status change is allowed to do and what it ends. Signing in works on <see cref="UserAccount"/>.
/// </summary>
public sealed class Account(long id, Role role, long? partnerId, AccountStatus status) : Entity
{
    public long Id { get; } = id;

    public Role Role { get; } = role;

    public long? PartnerId { get; } = partnerId;

    public AccountStatus Status { get; private set; } = status;

    public bool IsEndUser => Role == Role.EndUser;

    public bool IsActive => Status.IsActive();

    /// <summary>Whether readers see the account at all: one pending deletion answers as one that does not exist.</summary>
    public bool IsVisible => Status.IsVisible();

    public bool MayChangeStatus => !new OnlyEndUsersChangeStatus(Role).IsBroken();

    public bool MayBeUpdated => !new OnlyVisibleEndUsersAreUpdated(Role, Status).IsBroken();

    /// <summary>Only an end user of a BP that still exists for readers holds subscriptions (ADR 17).</summary>
    public bool MayHoldSubscriptions => IsEndUser && IsVisible && PartnerId is not null;

    /// <summary>
    /// users/active, users/disable and users/delete: each leaves the status it names, from whatever status the account
    /// had, again if it already had it (ADR 8).
    /// </summary>
    public AccountChange ChangeStatus(AccountStatus status)
    {
        CheckRule(new OnlyEndUsersChangeStatus(Role));
        Status = status;
        return AccountChange.Of(status, newPassword: false);
    }

    /// <summary>users/update: the status when given (0 or 1 on the wire), and whether a new password was set.</summary>
    public AccountChange Update(AccountStatus? status, bool newPassword)
    {
        CheckRule(new OnlyVisibleEndUsersAreUpdated(Role, Status));
        Status = status ?? Status;
        return AccountChange.Of(status, newPassword);
    }
}

/// <summary>What a change of an account ends besides itself.</summary>
public sealed record AccountChange(bool EndsSessions)
{
    /// <summary>
    /// Being put in a status other than active, or a new password, ends every token and session of the account: taking
    /// it back into use later must not revive a session issued before (a lost phone stays locked out; ADR 8).
    /// </summary>
    public static AccountChange Of(AccountStatus? newStatus, bool newPassword) =>
        new(newPassword || (newStatus is { } status && !status.IsActive()));
}

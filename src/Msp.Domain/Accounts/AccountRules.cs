using Msp.Domain.SeedWork;

namespace Msp.Domain.Accounts;

/// <summary>The status operations switch end users, not the people who manage them (ADR 8).</summary>
public sealed record OnlyEndUsersChangeStatus(Role Role) : IBusinessRule
{
    public string Message => "Only an end user's status is changed through the API.";

    public bool IsBroken() => Role != Role.EndUser;
}

/// <summary>users/update reaches end users only, and none pending deletion: for it, such an account is not there.</summary>
public sealed record OnlyVisibleEndUsersAreUpdated(Role Role, AccountStatus Status) : IBusinessRule
{
    public string Message => "Only an end user that is not pending deletion is updated.";

    public bool IsBroken() => Role != Role.EndUser || !Status.IsVisible();
}

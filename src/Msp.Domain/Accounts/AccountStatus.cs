namespace Msp.Domain.Accounts;

/// <summary>The values are the spec's wire values of a user's <c>status</c>; pending deletion is MSP's own.</summary>
public enum AccountStatus
{
    Disabled = 0,
    Active = 1,
    PendingDeletion = 2,
}

/// <summary>What each status lets an account do and be seen as (ADR 7, ADR 8); the SQL filters are rendered from these.</summary>
public static class AccountStatusRules
{
    /// <summary>Only an active account signs in, uses its tokens, gets a reset link, push messages and subscription lines.</summary>
    public static bool IsActive(this AccountStatus status) => status == AccountStatus.Active;

    /// <summary>An account pending deletion is gone for every reader until users/active brings it back; a disabled one stays visible.</summary>
    public static bool IsVisible(this AccountStatus status) => status != AccountStatus.PendingDeletion;
}

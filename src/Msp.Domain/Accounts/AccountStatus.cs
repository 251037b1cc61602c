namespace Msp.Domain.Accounts;

/// <summary>The values are the spec's wire values of a user's <c>status</c>; pending deletion is MSP's own.</summary>
public enum AccountStatus
{
    Disabled = 0,
    Active = 1,
    PendingDeletion = 2,
}

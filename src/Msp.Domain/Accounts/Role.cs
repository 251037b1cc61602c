namespace Msp.Domain.Accounts;

/// <summary>The four kinds of caller of docs/contract.md §2. The numeric values are the ids in the roles table.</summary>
public enum Role
{
    MspAdmin = 1,
    PartnerAdmin = 2,
    Service = 3,
    EndUser = 4,
}

using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.RealEstate;

/// <summary>Whose real estate a caller reaches (docs/contract.md §2): a partner admin its own BP's, the msp admin every BP's.</summary>
public static class RealEstateScope
{
    /// <summary>The BP a caller's reach is limited to; null for the msp admin, who reaches every BP.</summary>
    public static long? PartnerOf(Caller caller) =>
        caller.Role == Role.MspAdmin ? null : caller.PartnerId ?? throw new InvalidOperationException("A partner admin without a BP.");
}

using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.GetSMB;

/// <summary>Spec 6.22: a user's SMB boxes (set-top boxes), with their status and activation, a page at a time.</summary>
public sealed record GetSMBQuery(WireId? UserId, WireCount? Offset, WireCount? Limit) : IQuery<SmbList>, IRestrictedRequest, ITargetUserRequest
{
    /// <summary>S and A (docs/contract.md §4); 6.22 documents no refusal, so others get the unauthorized body (§2).</summary>
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;

    public static AllowedCallers TargetReach => Callers;

    /// <summary>A user out of reach or not there has no SMB data either (docs/contract.md §2).</summary>
    public static ApiError TargetMissing => HardwareErrors.NoSmbDataFound;

    /// <summary>Spec 6.22's own, a <c>msg</c> as printed.</summary>
    public static ApiError Unauthorized => HardwareErrors.UnauthorizedClientMsg;
}

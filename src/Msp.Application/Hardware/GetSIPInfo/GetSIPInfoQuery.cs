using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.GetSIPInfo;

/// <summary>Spec 6.21: a user's SIP account (the phone's line), without its password (docs/contract.md §3).</summary>
public sealed record GetSIPInfoQuery(WireId? UserId) : IQuery<SipInfoResponse>, IRestrictedRequest, ITargetUserRequest
{
    /// <summary>E about itself, S and A (docs/contract.md §4).</summary>
    public static AllowedCallers Callers => AllowedCallers.Self | AllowedCallers.Service | AllowedCallers.Admin;

    /// <summary>The operation's only documented 403 (docs/contract.md §2).</summary>
    public static ApiError Refused => HardwareErrors.NoUserFound;

    public static AllowedCallers TargetReach => Callers;

    public static ApiError TargetMissing => HardwareErrors.NoUserFound;
}

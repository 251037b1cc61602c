using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.GetIP;

/// <summary>Spec 6.17: the public IP address a user's ISG, named by its MAC, last reported.</summary>
public sealed record GetIPQuery(WireId? UserId, WireMac? IsgMac) : IQuery<IpResponse>, IRestrictedRequest, ITargetUserRequest
{
    /// <summary>S and A (docs/contract.md §4).</summary>
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;

    /// <summary>The operation's only documented 403 (docs/contract.md §2).</summary>
    public static ApiError Refused => HardwareErrors.SiteAccessDenied;

    public static AllowedCallers TargetReach => Callers;

    public static ApiError TargetMissing => HardwareErrors.SiteAccessDenied;

    /// <summary>Spec 6.17's own, "unauthorized client" as printed.</summary>
    public static ApiError Unauthorized => HardwareErrors.UnauthorizedClientSpaced;
}

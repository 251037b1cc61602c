using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.UpdateIP;

/// <summary>Spec 6.38: an ISG, named by its MAC, reports its public IP address (IPv4 or IPv6).</summary>
public sealed record UpdateIPCommand(WireIp? IsgIp, WireMac? IsgMac) : ICommand<MessageResponse>, IRestrictedRequest
{
    /// <summary>S and A (docs/contract.md §4); 6.38 documents no refusal, so others get the unauthorized body (§2).</summary>
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}

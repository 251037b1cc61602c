using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.UpdateMACstatus;

/// <summary>Spec 6.39: a device, named by its MAC and the type of its slot, reports its status (0 or 1).</summary>
public sealed record UpdateMACstatusCommand(WireMac? Mac, WireFlag? Status, WireMacType? Type) : ICommand<MessageResponse>, IRestrictedRequest
{
    /// <summary>S and A (docs/contract.md §4); 6.39 documents no refusal, so others get the unauthorized body (§2).</summary>
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}

using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.CheckHardware;

/// <summary>Spec 6.7: whether an ISG, named by its MAC, is registered at the address of the given OTO.</summary>
public sealed record CheckHardwareQuery(string? Oto, string? IsgMac) : IQuery<MessageResponse>, IRestrictedRequest
{
    /// <summary>S and A (docs/contract.md §4); 6.7 documents no 403, so others get the unauthorized body (§2).</summary>
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}

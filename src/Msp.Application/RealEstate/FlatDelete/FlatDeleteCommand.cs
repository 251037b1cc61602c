using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.FlatDelete;

/// <summary>Spec 6.10: deletes a flat of the caller's BP (any BP's for the msp admin) that no address points at.</summary>
public sealed record FlatDeleteCommand(WireId? FlatId) : ICommand<MessageResponse>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;
}

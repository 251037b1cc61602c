using Msp.Application.Common.Security;
using Msp.Application.RealEstate.Fields;

namespace Msp.Application.RealEstate.FlatUpdate;

/// <summary>Spec 6.13: changes the given fields of a flat of the caller's BP (any BP's for the msp admin).</summary>
public sealed record FlatUpdateCommand(WireId? FlatId, FlatFields Flat) : ICommand<MessageResponse>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => RealEstateErrors.ClientNotAuthorized;
}

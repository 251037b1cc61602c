using Msp.Application.Common.Security;
using Msp.Application.RealEstate.Fields;

namespace Msp.Application.RealEstate.FlatCreate;

/// <summary>Spec 6.9: a new flat in a building of the caller's BP (any BP's for the msp admin).</summary>
public sealed record FlatCreateCommand(FlatFields Flat) : ICommand<FlatCreateResponse>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => RealEstateErrors.ClientNotAuthorized;
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.ResidenceListFull;

/// <summary>Spec 6.29: the residences of a BP with their buildings, a page of residences at a time; a bare array.</summary>
public sealed record ResidenceListFullQuery(WireId? Bpid, WireCount? Offset, WireCount? Limit) : IQuery<BareList<ResidenceListFullItem>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => RealEstateErrors.ClienteNotAuthorized;
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.ResidenceList;

/// <summary>Spec 6.28: the residences of a BP, a page at a time; a bare array, its total in <c>X-Total-Count</c>.</summary>
public sealed record ResidenceListQuery(WireId? Bpid, WireCount? Offset, WireCount? Limit) : IQuery<BareList<ResidenceListItem>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => RealEstateErrors.ClienteNotAuthorized;
}

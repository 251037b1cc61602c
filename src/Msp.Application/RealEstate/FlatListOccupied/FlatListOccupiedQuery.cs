using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.FlatListOccupied;

/// <summary>Spec 6.12: the occupied flats of a BP, those that an address points at, a page at a time.</summary>
public sealed record FlatListOccupiedQuery(WireId? Bpid, WireCount? Offset, WireCount? Limit) : IQuery<DataList<Flat>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => RealEstateErrors.ClientNotAuthorized;
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.FlatListAvailable;

/// <summary>Spec 6.11: the available flats of a BP, those that no address points at, a page at a time.</summary>
public sealed record FlatListAvailableQuery(WireId? Bpid, WireCount? Offset, WireCount? Limit) : IQuery<DataList<Flat>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => RealEstateErrors.ClientNotAuthorized;
}

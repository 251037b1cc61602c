using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.BuildingList;

/// <summary>Spec 6.5: the buildings of one residence of a BP, named by its residence number, a page at a time.</summary>
public sealed record BuildingListQuery(WireId? Bpid, string? ResidenceNumber, WireCount? Offset, WireCount? Limit)
    : IQuery<DataList<Building>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.FlatListAvailable;

public sealed class FlatListAvailableQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<FlatListAvailableQuery, Result<DataList<Flat>>>
{
    /// <summary>Another BP gets the unauthorized body (docs/contract.md §2: 6.11 documents no 403).</summary>
    public async Task<Result<DataList<Flat>>> Handle(FlatListAvailableQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        return scope.MayReachPartner(partnerId, AllowedCallers.Managers)
            ? await FlatLists.ReadAsync(database, occupied: false, partnerId, request.Offset, request.Limit, cancellationToken)
            : RealEstateErrors.ClientNotAuthorized;
    }
}

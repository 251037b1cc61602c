using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.BuildingList;

public sealed class BuildingListQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<BuildingListQuery, Result<DataList<Building>>>
{
    /// <summary>The residence by its number within the BP (unique there), then its buildings along (partner_id, residence_id, id).</summary>
    private const string Sql = """
        SELECT b.id AS Id, b.residence_id AS ResidenceId, b.name AS Name, b.street_name AS StreetName, b.street_number AS StreetNumber
        FROM buildings b
        WHERE b.partner_id = @PartnerId
          AND b.residence_id = (SELECT r.id FROM residences r WHERE r.partner_id = @PartnerId AND r.residence_number = @ResidenceNumber)
        ORDER BY b.id {{page}};

        SELECT COUNT(*) FROM buildings b
        WHERE b.partner_id = @PartnerId
          AND b.residence_id = (SELECT r.id FROM residences r WHERE r.partner_id = @PartnerId AND r.residence_number = @ResidenceNumber);
        """;

    /// <summary>Another BP gets the unauthorized body (docs/contract.md §2: 6.5 documents no 403); an unknown residence, no content.</summary>
    public async Task<Result<DataList<Building>>> Handle(BuildingListQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Managers))
        {
            return RealEstateErrors.Unauthorized;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<Building>(
            Sql, new { PartnerId = partnerId, request.ResidenceNumber, page.Offset, page.Limit }, cancellationToken);
        return new DataList<Building>(rows, page.IteratorFor(total));
    }
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.ResidenceListFull;

public sealed class ResidenceListFullQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<ResidenceListFullQuery, Result<BareList<ResidenceListFullItem>>>
{
    private const string ResidencesSql = """
        SELECT id AS Id, residence_number AS ResidenceNumber, name AS Name, postcode AS Postcode, city AS City
        FROM residences WHERE partner_id = @PartnerId ORDER BY id {{page}};

        SELECT COUNT(*) FROM residences WHERE partner_id = @PartnerId;
        """;

    /// <summary>
    /// The buildings of the page's residences: a page is a run of the BP's residences in id order, so its first and last
    /// ids bound exactly its residences, along (partner_id, residence_id, id).
    /// </summary>
    private const string BuildingsSql = """
        SELECT id AS Id, residence_id AS ResidenceId, name AS Name, street_name AS StreetName, street_number AS StreetNumber
        FROM buildings
        WHERE partner_id = @PartnerId AND residence_id BETWEEN @FirstId AND @LastId
        ORDER BY residence_id, id
        """;

    /// <summary>Another BP gets the unauthorized body (docs/contract.md §2: 6.29 documents no 403).</summary>
    public async Task<Result<BareList<ResidenceListFullItem>>> Handle(ResidenceListFullQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Managers))
        {
            return RealEstateErrors.ClienteNotAuthorized;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (residences, total) = await database.PageAsync<ResidenceRow>(ResidencesSql, new { PartnerId = partnerId, page.Offset, page.Limit }, cancellationToken);
        var buildings = residences.Count == 0
            ? []
            : await database.ListAsync<Building>(
                BuildingsSql, new { PartnerId = partnerId, FirstId = residences[0].Id, LastId = residences[^1].Id }, cancellationToken);
        var byResidence = buildings.ToLookup(b => b.ResidenceId);
        var rows = residences
            .Select(r => new ResidenceListFullItem(r.Id, r.ResidenceNumber, r.Name, r.Postcode, r.City, byResidence[r.Id].ToList()))
            .ToList();
        return new BareList<ResidenceListFullItem>(rows, page.Requested ? total : null);
    }

    private sealed record ResidenceRow(long Id, string ResidenceNumber, string Name, string Postcode, string City);
}

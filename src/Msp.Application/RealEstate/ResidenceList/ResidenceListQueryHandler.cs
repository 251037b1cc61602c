using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.ResidenceList;

public sealed class ResidenceListQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<ResidenceListQuery, Result<BareList<ResidenceListItem>>>
{
    /// <summary>The page and the total in one round trip, in id order along (partner_id, id).</summary>
    private const string Sql = """
        SELECT id AS Id, residence_number AS ResidenceNumber, name AS Name, postcode AS Postcode, city AS City
        FROM residences WHERE partner_id = @PartnerId ORDER BY id {{page}};

        SELECT COUNT(*) FROM residences WHERE partner_id = @PartnerId;
        """;

    /// <summary>Another BP gets the unauthorized body (docs/contract.md §2: 6.28 documents no 403).</summary>
    public async Task<Result<BareList<ResidenceListItem>>> Handle(ResidenceListQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Managers))
        {
            return RealEstateErrors.ClienteNotAuthorized;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<ResidenceListItem>(Sql, new { PartnerId = partnerId, page.Offset, page.Limit }, cancellationToken);
        return new BareList<ResidenceListItem>(rows, page.Requested ? total : null);
    }
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetInstallationUserInfo;

public sealed class GetInstallationUserInfoQueryHandler(TargetUser target, ISqlReader database)
    : IRequestHandler<GetInstallationUserInfoQuery, Result<DataList<InstallationAddress>>>
{
    private const string Sql = """
        SELECT name AS Name, company AS Company, firstname AS Firstname, lastname AS Lastname,
               street_address AS StreetAddress, postcode AS Postcode, country_iso AS CountryIso, state AS State, city AS City
        FROM addresses
        WHERE account_id = @AccountId AND installation = 1
        ORDER BY id {{page}};

        SELECT COUNT(*) FROM addresses WHERE account_id = @AccountId AND installation = 1;
        """;

    public async Task<Result<DataList<InstallationAddress>>> Handle(GetInstallationUserInfoQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<InstallationAddress>(Sql, new { AccountId = user.Id, page.Offset, page.Limit }, cancellationToken);
        return new DataList<InstallationAddress>(rows, page.IteratorFor(total));
    }
}

using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetBillingUserInfo;

public sealed class GetBillingUserInfoQueryHandler(TargetUser target, ISqlReader database)
    : IRequestHandler<GetBillingUserInfoQuery, Result<BillingUserInfoResponse>>
{
    /// <summary>A user with several billing addresses is billed at the oldest one, so the answer does not wander.</summary>
    private const string BillingAddressSql = """
        SELECT name AS Name, company AS Company, firstname AS Firstname, lastname AS Lastname,
               street_address AS StreetAddress, postcode AS Postcode, country_iso AS CountryIso, state AS State, city AS City
        FROM addresses
        WHERE id = (SELECT MIN(id) FROM addresses WHERE account_id = @UserId AND billing = 1)
        """;

    public async Task<Result<BillingUserInfoResponse>> Handle(GetBillingUserInfoQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var address = await database.SingleOrDefaultAsync<BillingAddress>(BillingAddressSql, new { UserId = user.Id }, cancellationToken);
        return address is null ? UsersErrors.NoAddressFound : new BillingUserInfoResponse(address);
    }
}

using Dapper;
using Msp.Application.Auth.Profile;
using Msp.Application.Common.Paging;
using Msp.Application.Users;
using Msp.Application.Users.GetActiveUsers;
using Msp.Application.Users.GetBillingUserInfo;
using Msp.Domain.Accounts;
using Msp.Infrastructure.Auth;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Users;

public sealed class UserReader(DbSession db) : IUserReader
{
    /// <summary>A user with several billing addresses is billed at the oldest one, so the answer does not wander.</summary>
    private const string BillingAddressSql = """
        SELECT name AS Name, company AS Company, firstname AS Firstname, lastname AS Lastname,
               street_address AS StreetAddress, postcode AS Postcode, country_iso AS CountryIso, state AS State, city AS City
        FROM addresses
        WHERE id = (SELECT MIN(id) FROM addresses WHERE account_id = @UserId AND billing = 1)
        """;

    private const string ActiveUsersSql = """
        SELECT id AS UserId, name AS Name, lastname AS Surname, telephone AS Tel, email AS Email
        FROM accounts
        WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Active
        ORDER BY id {{page}};

        SELECT COUNT(*) FROM accounts WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Active;
        """;

    public async Task<UserInfo?> BasicInfoAsync(long userId, CancellationToken cancellationToken)
    {
        using var grid = await db.QueryMultipleAsync(UserInfoSql.UserAndPartner, new { UserId = userId }, cancellationToken);
        return await UserInfoSql.ReadAsync(grid);
    }

    public Task<BillingAddress?> BillingAddressAsync(long userId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<BillingAddress>(BillingAddressSql, new { UserId = userId }, cancellationToken);

    public async Task<(IReadOnlyList<ActiveUser> Rows, long Total)> ActiveUsersAsync(
        long partnerId, PageRequest page, CancellationToken cancellationToken)
    {
        using var grid = await db.QueryMultipleAsync(
            ActiveUsersSql,
            new { PartnerId = partnerId, EndUser = (int)Role.EndUser, Active = (int)AccountStatus.Active, page.Offset, page.Limit },
            cancellationToken);
        var rows = (await grid.ReadAsync<ActiveUser>()).AsList();
        var total = await grid.ReadSingleAsync<long>();
        return (rows, total);
    }
}

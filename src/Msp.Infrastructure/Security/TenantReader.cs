using Msp.Application.Common.Security;
using Msp.Domain.Accounts;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Security;

public sealed class TenantReader(DbSession db) : ITenantReader
{
    private const string FindUserSql = """
        SELECT a.id AS Id, a.role_id AS RoleId, a.partner_id AS PartnerId, a.status AS Status,
               CASE WHEN EXISTS (SELECT 1 FROM subscriptions s WHERE s.account_id = a.id AND s.service_id = @ServiceId)
                    THEN 1 ELSE 0 END AS SubscribedToCallerService
        FROM accounts a
        WHERE a.id = @UserId
        """;

    private const string IsPartnerAddressSql = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM accounts WHERE partner_id = @PartnerId AND LOWER(email) = LOWER(@Email))
                      OR EXISTS (SELECT 1 FROM business_partners WHERE id = @PartnerId AND LOWER(email) = LOWER(@Email))
                    THEN 1 ELSE 0 END
        """;

    public async Task<bool> IsPartnerAddressAsync(long partnerId, string email, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(IsPartnerAddressSql, new { PartnerId = partnerId, Email = email }, cancellationToken) == 1;

    public async Task<ScopedUser?> FindUserAsync(long userId, long? callerServiceId, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(FindUserSql, new { UserId = userId, ServiceId = callerServiceId }, cancellationToken);
        return row is null ? null : new ScopedUser(row.Id, (Role)row.RoleId, row.PartnerId, (AccountStatus)row.Status, row.SubscribedToCallerService == 1);
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public int RoleId { get; init; }

        public long? PartnerId { get; init; }

        public int Status { get; init; }

        public int SubscribedToCallerService { get; init; }
    }
}

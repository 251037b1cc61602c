using Msp.Application.Services;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Services;

public sealed class ServiceRepository(DbSession db) : IServiceRepository
{
    private const string FindSql = """
        SELECT id AS Id, owner_account_id AS OwnerAccountId, active AS Active FROM services WHERE id = @ServiceId
        """;

    /// <summary>Changes a row only when the state differs, so the count says whether this call switched it.</summary>
    private const string SwitchSql = """
        UPDATE services SET active = @Active, updated_at = @Now WHERE id = @ServiceId AND active <> @Active
        """;

    private const string IsOfferedSql = """
        SELECT COUNT(*) FROM partner_services WHERE partner_id = @PartnerId AND service_id = @ServiceId
        """;

    private const string SubscribeSql = """
        INSERT INTO subscriptions (account_id, service_id, created_at)
        SELECT @AccountId, @ServiceId, @Now
        WHERE NOT EXISTS (SELECT 1 FROM subscriptions WHERE account_id = @AccountId AND service_id = @ServiceId)
        """;

    private const string UnsubscribeSql = "DELETE FROM subscriptions WHERE account_id = @AccountId AND service_id = @ServiceId";

    public async Task<ServiceState?> FindAsync(long serviceId, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<ServiceRow>(FindSql, new { ServiceId = serviceId }, cancellationToken);
        return row is null ? null : new ServiceState(row.Id, row.OwnerAccountId, row.Active == 1);
    }

    public async Task<bool> SwitchAsync(long serviceId, bool active, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(SwitchSql, new { ServiceId = serviceId, Active = active ? 1 : 0, Now = nowUtc }, cancellationToken) > 0;

    public async Task<bool> IsOfferedByAsync(long partnerId, long serviceId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<long>(IsOfferedSql, new { PartnerId = partnerId, ServiceId = serviceId }, cancellationToken) > 0;

    public Task SubscribeAsync(long accountId, long serviceId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(SubscribeSql, new { AccountId = accountId, ServiceId = serviceId, Now = nowUtc }, cancellationToken);

    public Task UnsubscribeAsync(long accountId, long serviceId, CancellationToken cancellationToken) =>
        db.ExecuteAsync(UnsubscribeSql, new { AccountId = accountId, ServiceId = serviceId }, cancellationToken);

    private sealed class ServiceRow
    {
        public long Id { get; init; }

        public long? OwnerAccountId { get; init; }

        public int Active { get; init; }
    }
}

using Msp.Application.Upstreams;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Upstreams;

public sealed class UpstreamSubscriptionReader(DbSession db) : IUpstreamSubscriptionReader
{
    private const string CountSql = """
        SELECT COUNT(*)
        FROM subscriptions s JOIN services v ON v.id = s.service_id
        WHERE s.account_id = @AccountId AND v.upstream = @Upstream AND {{enabled(v)}}
        """;

    public async Task<bool> IsSubscribedAsync(long accountId, string upstream, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<long>(CountSql, new { AccountId = accountId, Upstream = upstream }, cancellationToken) > 0;
}

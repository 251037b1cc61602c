using Msp.Application.Messaging;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

public sealed class RecipientReader(DbSession db) : IRecipientReader
{
    private const string MobileNumberSql = "SELECT mobil FROM accounts WHERE id = @Id";

    private const string GroupPartnerSql = "SELECT partner_id FROM user_groups WHERE id = @Id";

    public async Task<string> MobileNumberAsync(long userId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<string>(MobileNumberSql, new { Id = userId }, cancellationToken) ?? "";

    public Task<long?> GroupPartnerAsync(long groupId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<long?>(GroupPartnerSql, new { Id = groupId }, cancellationToken);
}

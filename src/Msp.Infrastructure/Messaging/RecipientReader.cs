using Msp.Application.Messaging;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

public sealed class RecipientReader(DbSession db) : IRecipientReader
{
    private const string MobileNumberSql = "SELECT mobil FROM accounts WHERE id = @Id";

    public async Task<string> MobileNumberAsync(long userId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<string>(MobileNumberSql, new { Id = userId }, cancellationToken) ?? "";
}

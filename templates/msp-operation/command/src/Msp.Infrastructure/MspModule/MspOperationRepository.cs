using Msp.Application.MspModule.MspOperation;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.MspModule;

public sealed class MspOperationRepository(DbSession db) : IMspOperationRepository
{
    private const string TouchSql = "UPDATE accounts SET updated_at = @Now WHERE id = @Id";

    public async Task<bool> TouchAsync(long id, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(TouchSql, new { Id = id, Now = nowUtc }, cancellationToken) == 1;
}

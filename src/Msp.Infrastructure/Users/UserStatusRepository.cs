using Msp.Application.Users;
using Msp.Domain.Accounts;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Users;

public sealed class UserStatusRepository(DbSession db) : IUserStatusRepository
{
    /// <summary>The role guard keeps the write to end users even if the account changed since the scope check.</summary>
    private const string SetStatusSql = """
        UPDATE accounts SET status = @Status, updated_at = @Now WHERE id = @Id AND role_id = @EndUser
        """;

    public Task SetStatusAsync(long userId, AccountStatus status, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(SetStatusSql, new { Id = userId, Status = (int)status, Now = nowUtc, EndUser = (int)Role.EndUser }, cancellationToken);
}

using Msp.Application.Auth;
using Msp.Domain.Auth;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// One atomic UPDATE per failure, so concurrent attempts on several instances count exactly: a failure outside the
/// current window starts a new one, and the failure that reaches the threshold sets the lock.
/// </summary>
public sealed class LoginAttemptRepository(DbSession db) : ILoginAttemptRepository
{
    private const string RecordFailureSql = """
        UPDATE accounts SET
            failed_logins = CASE WHEN failed_window_start IS NULL OR failed_window_start <= @WindowStart
                                 THEN 1 ELSE failed_logins + 1 END,
            failed_window_start = CASE WHEN failed_window_start IS NULL OR failed_window_start <= @WindowStart
                                       THEN @Now ELSE failed_window_start END,
            locked_until = CASE WHEN (CASE WHEN failed_window_start IS NULL OR failed_window_start <= @WindowStart
                                           THEN 1 ELSE failed_logins + 1 END) >= @Threshold
                                THEN @LockedUntil ELSE locked_until END
        WHERE id = @Id
        """;

    private const string ClearSql = """
        UPDATE accounts SET failed_logins = 0, failed_window_start = NULL, locked_until = NULL WHERE id = @Id
        """;

    public Task RecordFailureAsync(long accountId, LockoutPolicy policy, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            RecordFailureSql,
            new
            {
                Id = accountId,
                Now = nowUtc,
                WindowStart = nowUtc - policy.Window,
                policy.Threshold,
                LockedUntil = nowUtc + policy.Window,
            },
            cancellationToken);

    public Task ClearAsync(long accountId, CancellationToken cancellationToken) =>
        db.ExecuteAsync(ClearSql, new { Id = accountId }, cancellationToken);
}

using Msp.Application.Auth;
using Msp.Domain.Auth;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// One atomic UPDATE per attempt, guarded by the lock, so concurrent attempts on several instances count exactly and
/// none gets past a lock another one set: an attempt outside the current window starts a new one, and the attempt
/// that reaches the threshold sets the lock.
/// </summary>
public sealed class LoginAttemptRepository(DbSession db) : ILoginAttemptRepository
{
    private const string ClaimSql = """
        UPDATE accounts SET
            failed_logins = CASE WHEN failed_window_start IS NULL OR failed_window_start <= @WindowStart
                                 THEN 1 ELSE failed_logins + 1 END,
            failed_window_start = CASE WHEN failed_window_start IS NULL OR failed_window_start <= @WindowStart
                                       THEN @Now ELSE failed_window_start END,
            locked_until = CASE WHEN (CASE WHEN failed_window_start IS NULL OR failed_window_start <= @WindowStart
                                           THEN 1 ELSE failed_logins + 1 END) >= @Threshold
                                THEN @LockedUntil ELSE locked_until END
        WHERE id = @Id AND (locked_until IS NULL OR locked_until <= @Now)
        """;

    private const string ClearSql = """
        UPDATE accounts SET failed_logins = 0, failed_window_start = NULL, locked_until = NULL WHERE id = @Id
        """;

    public async Task<bool> TryClaimAsync(long accountId, LockoutPolicy policy, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.ExecuteAtOnceAsync(
            ClaimSql,
            new
            {
                Id = accountId,
                Now = nowUtc,
                WindowStart = nowUtc - policy.Window,
                policy.Threshold,
                LockedUntil = nowUtc + policy.Window,
            },
            cancellationToken) == 1;

    public Task ClearAsync(long accountId, CancellationToken cancellationToken) =>
        db.ExecuteAsync(ClearSql, new { Id = accountId }, cancellationToken);
}

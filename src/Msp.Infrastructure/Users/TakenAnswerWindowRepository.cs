using Msp.Application.Users;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Users;

/// <summary>A caller's "taken" answers in an hour's window, one row per account (migration 0032; <see cref="FixedWindowCount"/>).</summary>
public sealed class TakenAnswerWindowRepository(DbSession db, ISqlDialect dialect) : ITakenAnswerWindowRepository
{
    private const string CountSql = """
        UPDATE account_windows SET
            hits = CASE WHEN window_start <= @WindowStart THEN 1 ELSE hits + 1 END,
            window_start = CASE WHEN window_start <= @WindowStart THEN @Now ELSE window_start END
        WHERE account_id = @AccountId AND kind = 'taken_identity'
        """;

    private const string StartSql = """
        INSERT INTO account_windows (account_id, kind, window_start, hits)
        SELECT @AccountId, 'taken_identity', @Now, 1
        WHERE NOT EXISTS (SELECT 1 FROM account_windows WHERE account_id = @AccountId AND kind = 'taken_identity')
        """;

    private const string FullSql = """
        SELECT window_start FROM account_windows
        WHERE account_id = @AccountId AND kind = 'taken_identity' AND window_start > @WindowStart AND hits >= @Limit
        """;

    public async Task<DateTime?> FullUntilAsync(long accountId, int limit, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DateTime?>(FullSql, new { AccountId = accountId, WindowStart = nowUtc - window, Limit = limit }, cancellationToken) is { } start
            ? start + window
            : null;

    /// <summary>Every answer counts: the window has no ceiling, the caller's refusal is read against the limit.</summary>
    public Task CountAsync(long accountId, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken) =>
        FixedWindowCount.TryCountAsync(db, dialect, CountSql, StartSql, new { AccountId = accountId, Now = nowUtc, WindowStart = nowUtc - window }, cancellationToken);
}

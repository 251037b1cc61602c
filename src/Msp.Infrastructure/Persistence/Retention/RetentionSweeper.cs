using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence.Retention;

/// <summary>
/// Deletes what has served its purpose (<see cref="RetentionOptions"/>): sent and dead outbox messages, used or
/// expired reset links, access tokens past their refresh expiry with their device sessions, per-address and
/// per-account counting windows long over, the message quotas' minute counts out of every window, push tokens of inactive accounts or unused for long, audit events past their
/// retention period. Each statement deletes at most a batch and commits at once, so requests wait for the write lock no longer than for one of their own writes.
/// Two instances sweeping at once delete each row once; the second finds it gone.
/// </summary>
public sealed partial class RetentionSweeper(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    private const string SentMessagesSql = """
        DELETE FROM outbox WHERE id IN (
            SELECT id FROM outbox WHERE status = 'sent' AND sent_at < @Cutoff ORDER BY id {{page}})
        """;

    private const string DeadMessagesSql = """
        DELETE FROM outbox WHERE id IN (
            SELECT id FROM outbox WHERE status = 'dead' AND created_at < @Cutoff ORDER BY id {{page}})
        """;

    private const string ResetLinksSql = """
        DELETE FROM password_reset_tokens WHERE id IN (
            SELECT id FROM password_reset_tokens
            WHERE (used_at IS NOT NULL OR expires_at < @Now) AND created_at < @Cutoff
            ORDER BY id {{page}})
        """;

    private const string ExpiredSessionsSql = """
        DELETE FROM device_sessions WHERE id IN (
            SELECT s.id FROM device_sessions s JOIN access_tokens t ON t.id = s.access_token_id
            WHERE t.refresh_expires_at < @Cutoff
            ORDER BY s.id {{page}})
        """;

    private const string ExpiredTokensSql = """
        DELETE FROM access_tokens WHERE id IN (
            SELECT t.id FROM access_tokens t
            WHERE t.refresh_expires_at < @Cutoff
              AND NOT EXISTS (SELECT 1 FROM device_sessions s WHERE s.access_token_id = t.id)
            ORDER BY t.id {{page}})
        """;

    /// <summary>One row per client address and kind (no id to page by); few enough to go in one statement.</summary>
    private const string AddressWindowsSql = """
        DELETE FROM client_address_windows WHERE window_start < @Cutoff
        """;

    private const string AccountWindowsSql = """
        DELETE FROM account_windows WHERE window_start < @Cutoff
        """;

    /// <summary>
    /// The quotas' minute counts (migration 0036) once their minute has left every window: one row per sender or
    /// recipient and minute, few enough to go in one statement each.
    /// </summary>
    private const string SenderMinutesSql = """
        DELETE FROM outbox_sender_minutes WHERE minute_start < @Cutoff
        """;

    private const string RecipientMinutesSql = """
        DELETE FROM outbox_recipient_minutes WHERE minute_start < @Cutoff
        """;

    /// <summary>Tokens of accounts that are no longer active, and tokens their app stopped refreshing.</summary>
    private const string PushTokensSql = """
        DELETE FROM device_push_tokens WHERE id IN (
            SELECT t.id FROM device_push_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE NOT {{active(a)}} OR t.updated_at < @Cutoff
            ORDER BY t.id {{page}})
        """;

    /// <summary>
    /// The audit trail's only delete: what is older than the retention period, oldest first, up to the first event still
    /// within it. The trail has no index on its time (migration 0037), so without that bound the batch that finds fewer
    /// events than it may delete read the table to its end, in the writer's turn: 100 ms on two million events with none
    /// due (ADR 37). Ids follow time as events are written; an event stamped earlier than one before it (a clock set
    /// back) waits until that one is due too. The bound is a BIGINT on both engines, so SQL Server compares ids as they
    /// are stored rather than converting each to the type of a wider literal.
    /// </summary>
    private const string AuditEventsSql = """
        DELETE FROM audit_events WHERE id IN (
            SELECT id FROM audit_events
            WHERE occurred_at < @Cutoff
              AND id < COALESCE((SELECT MIN(id) FROM audit_events WHERE occurred_at >= @Cutoff), CAST(9223372036854775807 AS BIGINT))
            ORDER BY id {{page}})
        """;

    private readonly RetentionOptions _options = options.Value;

    /// <summary>One sweep, every kind of row in turn, batch after batch until none is left; answers what it deleted.</summary>
    public async Task<RetentionReport> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minutesCutoff = now - RetentionOptions.QuotaWindow - TimeSpan.FromMinutes(1);
        return new RetentionReport(
            SentMessages: await DeleteAllAsync(SentMessagesSql, now, now - _options.SentMessages, cancellationToken),
            DeadMessages: await DeleteAllAsync(DeadMessagesSql, now, now - _options.DeadMessages, cancellationToken),
            ResetLinks: await DeleteAllAsync(ResetLinksSql, now, now - _options.ResetLinks, cancellationToken),
            DeviceSessions: await DeleteAllAsync(ExpiredSessionsSql, now, now - _options.ExpiredTokens, cancellationToken),
            AccessTokens: await DeleteAllAsync(ExpiredTokensSql, now, now - _options.ExpiredTokens, cancellationToken),
            AddressWindows: await DeleteAllAsync(AddressWindowsSql, now, now - _options.AddressWindows, cancellationToken),
            AccountWindows: await DeleteAllAsync(AccountWindowsSql, now, now - _options.AccountWindows, cancellationToken),
            MessageMinutes: await DeleteAllAsync(SenderMinutesSql, now, minutesCutoff, cancellationToken)
                + await DeleteAllAsync(RecipientMinutesSql, now, minutesCutoff, cancellationToken),
            PushTokens: await DeleteAllAsync(PushTokensSql, now, now - _options.UnusedPushTokens, cancellationToken),
            AuditEvents: await DeleteAllAsync(AuditEventsSql, now, now - _options.AuditEvents, cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.Interval);
        do
        {
            try
            {
                var report = await SweepAsync(stoppingToken);
                if (report.Total > 0)
                {
                    LogSwept(logger, report);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogSweepFailed(logger, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<int> DeleteAllAsync(string sql, DateTime now, DateTime cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            // A session per batch: its write turn ends with the statement.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            deleted = await db.ExecuteAtOnceAsync(sql, new { Now = now, Cutoff = cutoff, Offset = 0, Limit = _options.BatchSize }, cancellationToken);
            total += deleted;
        }
        while (deleted == _options.BatchSize);

        return total;
    }

    private static void LogSwept(ILogger logger, RetentionReport report) =>
        LogSwept(logger, report.SentMessages, report.DeadMessages, report.ResetLinks, report.DeviceSessions, report.AccessTokens, report.AddressWindows, report.AccountWindows, report.MessageMinutes, report.PushTokens, report.AuditEvents);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention deleted {SentMessages} sent and {DeadMessages} dead messages, {ResetLinks} reset links, {DeviceSessions} device sessions, {AccessTokens} access tokens, {AddressWindows} address windows, {AccountWindows} account windows, {MessageMinutes} message minute counts, {PushTokens} push tokens and {AuditEvents} audit events")]
    private static partial void LogSwept(
        ILogger logger, int sentMessages, int deadMessages, int resetLinks, int deviceSessions, int accessTokens, int addressWindows, int accountWindows,
        int messageMinutes, int pushTokens, int auditEvents);

    [LoggerMessage(Level = LogLevel.Error, Message = "A retention sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}

/// <summary>What one sweep deleted, per kind of row.</summary>
public sealed record RetentionReport(
    int SentMessages, int DeadMessages, int ResetLinks, int DeviceSessions, int AccessTokens, int AddressWindows, int AccountWindows, int MessageMinutes,
    int PushTokens, int AuditEvents)
{
    public int Total =>
        SentMessages + DeadMessages + ResetLinks + DeviceSessions + AccessTokens + AddressWindows + AccountWindows + MessageMinutes + PushTokens + AuditEvents;
}

using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

/// <summary>
/// Writes through the request's <see cref="DbSession"/>, so the row commits or rolls back with the request. The sender is
/// the request's caller, taken here rather than from each operation, so no message goes uncounted (ADR 15).
/// </summary>
public sealed class OutboxRepository(DbSession db, TimeProvider clock, CallerContext context, QueuedMessages queued) : IOutboxRepository
{
    private const string InsertSql = """
        INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at, sender_id)
        VALUES (@Channel, @Recipient, @Subject, @Body, 'pending', 0, @Now, @Now, @SenderId)
        """;

    /// <summary>
    /// The sender's messages of the window by the minute (migration 0036: its trigger counts every outbox row): at most
    /// 61 rows, whose sum is never below the window's messages, since the first minute may start before the window.
    /// </summary>
    private const string SenderMinutesSql = """
        SELECT SUM(messages) FROM outbox_sender_minutes
        WHERE sender_id = @SenderId AND channel = @Channel AND minute_start >= @SinceMinute
        """;

    private const string RecipientMinutesSql = """
        SELECT SUM(messages) FROM outbox_recipient_minutes
        WHERE recipient = @Recipient AND channel = @Channel AND minute_start >= @SinceMinute
        """;

    /// <summary>
    /// The sender's messages of the window, oldest first, counted up to the limit and one more: an index-only range on
    /// (sender_id, channel, created_at) (migration 0035) that stops there, however many the window holds. Run only when
    /// the minutes' sum is over the limit, for the exact answer and the oldest message.
    /// </summary>
    private const string CountOfSenderSql = """
        SELECT COUNT(*) AS Count, MIN(created_at) AS OldestUtc FROM (
            SELECT created_at FROM outbox
            WHERE sender_id = @SenderId AND channel = @Channel AND created_at > @Since
            ORDER BY created_at {{page}}
        ) hour
        """;

    /// <summary>
    /// The <c>channel &lt;&gt; 'push'</c> term is the partial index's condition (migration 0032): it lets both engines
    /// use that index, which holds email addresses and mobile numbers but never the long push tokens.
    /// </summary>
    private const string CountToRecipientSql = """
        SELECT COUNT(*) AS Count, MIN(created_at) AS OldestUtc FROM (
            SELECT created_at FROM outbox
            WHERE channel <> 'push' AND recipient = @Recipient AND channel = @Channel AND created_at > @Since
            ORDER BY created_at {{page}}
        ) hour
        """;

    /// <summary>The address as entered, no subject, no body: the dispatcher composes the email, if any, when it sends.</summary>
    private const string InsertPasswordResetSql = """
        INSERT INTO outbox (kind, channel, recipient, subject, body, status, attempts, next_attempt_at, created_at)
        VALUES ('password_reset', 'email', @Recipient, '', '', 'pending', 0, @Now, @Now)
        """;

    /// <summary>One row per registered device of the recipients' active accounts, in token id order.</summary>
    private const string InsertPushSql = """
        INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at, sender_id, platform, app_id)
        SELECT 'push', t.device_token, '', @Text, 'pending', 0, @Now, @Now, @SenderId, t.platform, t.app_id
        FROM device_push_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE {{active(a)}}
          AND (t.account_id = @UserId
               OR t.account_id IN (SELECT m.account_id FROM user_group_members m WHERE m.group_id = @GroupId))
        ORDER BY t.id
        """;

    private long? SenderId => context.IsResolved ? context.Caller.UserId : null;

    public async Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(
            InsertSql,
            new
            {
                Channel = OutboxChannels.ToColumn(message.Channel),
                message.Recipient,
                message.Subject,
                message.Body,
                Now = clock.GetUtcNow().UtcDateTime,
                SenderId,
            },
            cancellationToken);
        queued.Add(message.Channel, message.Recipient);
    }

    public Task<DateTime?> SenderOverLimitSinceAsync(long senderAccountId, MessageChannel channel, DateTime sinceUtc, int limit, CancellationToken cancellationToken) =>
        OverLimitAsync(
            SenderMinutesSql,
            CountOfSenderSql,
            new { SenderId = senderAccountId, Channel = OutboxChannels.ToColumn(channel), Since = sinceUtc, SinceMinute = MinuteOf(sinceUtc), Offset = 0, Limit = CountUpTo(limit) },
            limit,
            cancellationToken);

    public Task<DateTime?> RecipientOverLimitSinceAsync(MessageChannel channel, string recipient, DateTime sinceUtc, int limit, CancellationToken cancellationToken) =>
        OverLimitAsync(
            RecipientMinutesSql,
            CountToRecipientSql,
            new { Recipient = recipient, Channel = OutboxChannels.ToColumn(channel), Since = sinceUtc, SinceMinute = MinuteOf(sinceUtc), Offset = 0, Limit = CountUpTo(limit) },
            limit,
            cancellationToken);

    public Task EnqueuePasswordResetAsync(string email, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertPasswordResetSql, new { Recipient = email, Now = clock.GetUtcNow().UtcDateTime }, cancellationToken);

    public async Task<int> EnqueuePushAsync(PushRecipients recipients, string text, CancellationToken cancellationToken)
    {
        var deliveries = await db.ExecuteAsync(
            InsertPushSql,
            new { recipients.UserId, recipients.GroupId, Text = text, SenderId, Now = clock.GetUtcNow().UtcDateTime },
            cancellationToken);
        queued.AddPush(deliveries);
        return deliveries;
    }

    /// <summary>
    /// The minutes' sum first: within the limit it settles the question (the common case, however many messages the
    /// window holds). Over it, the exact count decides, and gives the oldest message.
    /// </summary>
    private async Task<DateTime?> OverLimitAsync(string minutesSql, string exactSql, object window, int limit, CancellationToken cancellationToken)
    {
        if (await db.QuerySingleOrDefaultAsync<long?>(minutesSql, window, cancellationToken) is not { } atMost || atMost <= limit)
        {
            return null;
        }

        return await db.QuerySingleOrDefaultAsync<Window>(exactSql, window, cancellationToken) is { } exact && exact.Count > limit
            ? exact.OldestUtc
            : null;
    }

    /// <summary>The minute a time falls in, as the triggers of migration 0036 write it.</summary>
    private static DateTime MinuteOf(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);

    /// <summary>The exact count's <c>{{page}}</c> size: the limit and one more tell whether the window is over it.</summary>
    private static int CountUpTo(int limit) => (int)Math.Min((long)limit + 1, int.MaxValue);

    /// <summary>An aggregate row as either engine gives it back (SQLite: a 64-bit count and the time as text).</summary>
    private sealed class Window
    {
        public long Count { get; init; }

        public DateTime? OldestUtc { get; init; }
    }
}

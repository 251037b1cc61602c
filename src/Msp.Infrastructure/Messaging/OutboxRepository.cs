using Msp.Application.Messaging;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

/// <summary>Writes through the request's <see cref="DbSession"/>, so the row commits or rolls back with the request.</summary>
public sealed class OutboxRepository(DbSession db, TimeProvider clock) : IOutboxRepository
{
    private const string InsertSql = """
        INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at, sender_id)
        VALUES (@Channel, @Recipient, @Subject, @Body, 'pending', 0, @Now, @Now, @SenderAccountId)
        """;

    private const string CountEmailsOfSenderSql = """
        SELECT COUNT(*) FROM outbox WHERE sender_id = @SenderId AND channel = 'email' AND created_at > @Since
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
        WHERE a.status = 1
          AND (t.account_id = @UserId
               OR t.account_id IN (SELECT m.account_id FROM user_group_members m WHERE m.group_id = @GroupId))
        ORDER BY t.id
        """;

    public Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            InsertSql,
            new
            {
                Channel = OutboxChannels.ToColumn(message.Channel),
                message.Recipient,
                message.Subject,
                message.Body,
                Now = clock.GetUtcNow().UtcDateTime,
                message.SenderAccountId,
            },
            cancellationToken);

    public async Task<int> CountEmailsOfSenderSinceAsync(long senderAccountId, DateTime sinceUtc, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(CountEmailsOfSenderSql, new { SenderId = senderAccountId, Since = sinceUtc }, cancellationToken);

    public Task EnqueuePasswordResetAsync(string email, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertPasswordResetSql, new { Recipient = email, Now = clock.GetUtcNow().UtcDateTime }, cancellationToken);

    public Task<int> EnqueuePushAsync(PushRecipients recipients, string text, long senderAccountId, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            InsertPushSql,
            new { recipients.UserId, recipients.GroupId, Text = text, SenderId = senderAccountId, Now = clock.GetUtcNow().UtcDateTime },
            cancellationToken);
}

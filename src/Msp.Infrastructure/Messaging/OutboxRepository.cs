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
}

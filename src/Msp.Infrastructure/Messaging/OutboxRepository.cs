using Msp.Application.Messaging;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

/// <summary>Writes through the request's <see cref="DbSession"/>, so the row commits or rolls back with the request.</summary>
public sealed class OutboxRepository(DbSession db, TimeProvider clock) : IOutboxRepository
{
    private const string InsertSql = """
        INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at)
        VALUES (@Channel, @Recipient, @Subject, @Body, 'pending', 0, @Now, @Now)
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
            },
            cancellationToken);
}

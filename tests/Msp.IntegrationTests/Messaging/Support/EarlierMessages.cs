using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Messaging.Support;

/// <summary>Messages queued before the test's request, written straight into the outbox: what an hour of sending left there.</summary>
internal static class EarlierMessages
{
    public static async Task QueueAsync(MspApiFactory api, string channel, string recipient, long? senderId, TimeSpan ago, int count = 1)
    {
        var at = api.Clock.GetUtcNow().UtcDateTime - ago;
        await using var connection = await api.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at, sent_at, sender_id)
            VALUES (@Channel, @Recipient, 'Earlier', 'text', 'sent', 1, @At, @At, @At, @Sender)
            """,
            Enumerable.Range(0, count).Select(_ => new { Channel = channel, Recipient = recipient, At = at, Sender = senderId }),
            transaction);
        await transaction.CommitAsync();
    }
}

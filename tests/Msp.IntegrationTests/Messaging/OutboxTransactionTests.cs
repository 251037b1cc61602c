using System.Collections.Concurrent;
using System.Net;
using Dapper;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Messaging;
using Msp.Infrastructure.Messaging;
using Msp.Infrastructure.Persistence;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// The outbox row is part of the request's transaction: when the request fails after writing it, the row is gone
/// with everything else the request wrote.
/// </summary>
public sealed class OutboxTransactionTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task A_request_that_fails_after_queueing_leaves_neither_its_message_nor_its_other_changes()
    {
        // What the request itself saw of its row, inside its transaction, just before failing: this test's alone.
        var rowsSeenBeforeFailing = new ConcurrentQueue<int>();
        await using var failing = Api.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddScoped<IOutboxRepository>(
            provider => new FailsAfterWriting(ActivatorUtilities.CreateInstance<OutboxRepository>(provider), provider.GetRequiredService<DbSession>(), rowsSeenBeforeFailing))));
        using var client = failing.CreateClient();

        // Reset queues its request; the queueing writes its row and then fails.
        using var reset = await client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch")));
        await AssertBody(reset, HttpStatusCode.InternalServerError, """{"error":"Something went wrong. Please try again later."}""");

        var (token, _) = await TokensOf("admin");
        using var email = await client.PostAsync($"/email/send?access_token={token}", Form(("Email", "a@example.org"), ("Subject", "s"), ("Message", "m")));
        await AssertBody(email, HttpStatusCode.InternalServerError, """{"error":"Something went wrong. Please try again later."}""");

        Assert.Equal([1, 1], rowsSeenBeforeFailing);
        Assert.Empty(await OutboxRow.AllAsync(Api));

        // The same request through the real outbox commits its row.
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, """{"msg":"OK"}""");
        await using var connection = await Api.OpenAsync();
        Assert.Equal("password_reset", await connection.ExecuteScalarAsync<string>("SELECT kind FROM outbox"));
    }

    /// <summary>Writes the row through the request's session, then fails as a later step of the request would.</summary>
    private sealed class FailsAfterWriting(OutboxRepository outbox, DbSession db, ConcurrentQueue<int> rowsSeenBeforeFailing) : IOutboxRepository
    {
        public async Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            await outbox.EnqueueAsync(message, cancellationToken);
            await FailAsync(cancellationToken);
        }

        public async Task EnqueuePasswordResetAsync(string email, CancellationToken cancellationToken)
        {
            await outbox.EnqueuePasswordResetAsync(email, cancellationToken);
            await FailAsync(cancellationToken);
        }

        public async Task<int> EnqueuePushAsync(PushRecipients recipients, string text, CancellationToken cancellationToken)
        {
            await outbox.EnqueuePushAsync(recipients, text, cancellationToken);
            await FailAsync(cancellationToken);
            return 0;
        }

        private async Task FailAsync(CancellationToken cancellationToken)
        {
            rowsSeenBeforeFailing.Enqueue((await db.QueryAsync<long>("SELECT id FROM outbox", null, cancellationToken)).Count());
            throw new InvalidOperationException("A step after the outbox write failed.");
        }

        public Task<DateTime?> SenderOverLimitSinceAsync(long senderAccountId, MessageChannel channel, DateTime sinceUtc, int limit, CancellationToken cancellationToken) =>
            outbox.SenderOverLimitSinceAsync(senderAccountId, channel, sinceUtc, limit, cancellationToken);

        public Task<DateTime?> RecipientOverLimitSinceAsync(MessageChannel channel, string recipient, DateTime sinceUtc, int limit, CancellationToken cancellationToken) =>
            outbox.RecipientOverLimitSinceAsync(channel, recipient, sinceUtc, limit, cancellationToken);
    }
}

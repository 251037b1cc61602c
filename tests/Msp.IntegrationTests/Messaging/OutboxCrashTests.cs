using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Messaging;
using Msp.Infrastructure.Messaging;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// A dispatcher that dies mid-batch loses nothing: its claimed rows stay leased, no other instance touches them
/// while the lease runs, and when it has run out a new instance sends them. Delivery is at least once: the message
/// the dead instance had handed to the provider but not yet marked sent goes out a second time.
/// </summary>
public sealed class OutboxCrashTests(MspApiFactory api) : ApiTest(api)
{
    private const int Messages = 10;
    private const int BatchSize = 5;

    [Fact]
    public async Task Messages_claimed_by_a_dispatcher_that_died_are_sent_by_the_next_after_the_lease()
    {
        var provider = new StallingProvider(stallOnCall: 3);
        await using var outbox = OutboxHarness.Create(
            Api,
            new Dictionary<string, string?> { ["Outbox:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Outbox:Lease"] = "00:05:00" },
            services => services.AddScoped<IMessageSender>(_ => provider));
        await outbox.EnqueueAsync(Enumerable.Range(1, Messages).Select(i => OutgoingMessage.Email($"r{i}@example.org", $"m{i}", "b")).ToArray());
        var ids = (await OutboxRow.AllAsync(Api)).Select(r => r.Id).ToArray();

        // A claims the first batch, sends two, hands the third to the provider and hangs there; then it is stopped.
        var first = outbox.NewDispatcher();
        await first.StartAsync(CancellationToken.None);
        await provider.Stalled.WaitAsync(TimeSpan.FromSeconds(15));
        await first.StopAsync(CancellationToken.None);
        var afterCrash = await OutboxRow.AllAsync(Api);
        Assert.Equal(["sent", "sent", "pending", "pending", "pending"], afterCrash.Take(BatchSize).Select(r => r.Status));
        Assert.All(afterCrash.Skip(2).Take(3), r => Assert.Equal(first.InstanceId, r.ClaimedBy));
        Assert.All(afterCrash.Skip(BatchSize), r => Assert.Equal(("pending", null), (r.Status, r.ClaimedBy)));

        // B, another instance, takes what nobody holds, and leaves A's leased rows alone while the lease runs.
        provider.StopStalling();
        var second = outbox.NewDispatcher();
        Assert.NotEqual(first.InstanceId, second.InstanceId);
        await second.StartAsync(CancellationToken.None);
        await OutboxRow.WaitUntilAsync(Api, rows => rows.Skip(BatchSize).All(r => r.Status == "sent"), "B has sent the unclaimed rows");

        // One more round of B's, now, rather than a wait for its loop: it claims nothing while A's lease runs.
        Assert.Equal(0, await second.DispatchBatchAsync(CancellationToken.None));
        var whileLeased = await OutboxRow.AllAsync(Api);
        Assert.All(whileLeased.Skip(2).Take(3), r => Assert.Equal(("pending", first.InstanceId), (r.Status, r.ClaimedBy)));

        // Once A's lease has run out, B claims and sends A's rows.
        Api.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var final = await OutboxRow.WaitUntilAsync(Api, rows => rows.All(r => r.Status == "sent"), "every message is sent");
        await second.StopAsync(CancellationToken.None);

        // None lost; each sent once, except the one in the provider's hands when A died: at least once, not exactly once.
        Assert.All(final, r => Assert.Equal(("sent", null), (r.Status, r.ClaimedBy)));
        var deliveries = provider.Delivered.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(ids, deliveries.Keys.Order());
        Assert.Equal(2, deliveries[ids[2]]);
        Assert.All(ids.Where(id => id != ids[2]), id => Assert.Equal(1, deliveries[id]));
        Assert.Equal(Messages + 1, provider.Delivered.Count);
    }

    /// <summary>
    /// Takes every message; on the <c>n</c>-th call it takes the message and then hangs (the provider has it, the
    /// dispatcher never hears back), as when a process dies between handing a message over and marking it sent.
    /// </summary>
    private sealed class StallingProvider(int stallOnCall) : IMessageSender
    {
        private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;
        private volatile bool _stalling = true;

        public ConcurrentQueue<long> Delivered { get; } = new();

        public Task Stalled => _stalled.Task;

        public void StopStalling() => _stalling = false;

        public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Delivered.Enqueue(message.Id);
            if (_stalling && Interlocked.Increment(ref _calls) == stallOnCall)
            {
                _stalled.SetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
    }
}

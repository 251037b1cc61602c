using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Auth;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// The per-address counters on the real database: exact under concurrency (each count on a session of its own, as
/// requests on several instances would be), per address and kind, and a window that ends starts again.
/// </summary>
public sealed class ClientAddressWindowTests(MspApiFactory api) : ApiTest(api)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Of_twenty_requests_at_once_exactly_the_limit_are_counted()
    {
        var now = Api.Clock.GetUtcNow().UtcDateTime;

        var counts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CountAsync("198.51.100.1", ClientAddressEvent.LoginRequest, limit: 5, now)));

        Assert.Equal(5, counts.Count(c => c.Counted));
        Assert.All(counts.Where(c => !c.Counted), c => Assert.Equal(now + Minute, c.WindowEndsUtc));
        Assert.Equal(5, await ReadAsync("198.51.100.1", ClientAddressEvent.LoginRequest, now));
    }

    [Fact]
    public async Task Addresses_and_kinds_count_apart_and_a_window_that_ended_starts_again()
    {
        var start = Api.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await CountAsync("198.51.100.2", ClientAddressEvent.LoginRequest, limit: 3, start.AddSeconds(i))).Counted);
        }

        var refused = await CountAsync("198.51.100.2", ClientAddressEvent.LoginRequest, limit: 3, start.AddSeconds(30));
        Assert.False(refused.Counted);
        Assert.Equal(start + Minute, refused.WindowEndsUtc);
        Assert.True((await CountAsync("198.51.100.3", ClientAddressEvent.LoginRequest, limit: 3, start.AddSeconds(30))).Counted);
        Assert.True((await CountAsync("198.51.100.2", ClientAddressEvent.FailedUidLogin, limit: 3, start.AddSeconds(30))).Counted);

        Assert.False((await CountAsync("198.51.100.2", ClientAddressEvent.LoginRequest, limit: 3, start.AddSeconds(59))).Counted);
        Assert.True((await CountAsync("198.51.100.2", ClientAddressEvent.LoginRequest, limit: 3, start + Minute)).Counted);
        Assert.Equal(1, await ReadAsync("198.51.100.2", ClientAddressEvent.LoginRequest, start + Minute));
        Assert.Equal(0, await ReadAsync("198.51.100.2", ClientAddressEvent.FailedUidLogin, start.AddSeconds(91)));
    }

    private async Task<AddressWindowCount> CountAsync(string address, ClientAddressEvent kind, int limit, DateTime now)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IClientAddressWindowRepository>().TryCountAsync(address, kind, limit, Minute, now, CancellationToken.None);
    }

    private async Task<int> ReadAsync(string address, ClientAddressEvent kind, DateTime now)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IClientAddressWindowRepository>().CountAsync(address, kind, Minute, now, CancellationToken.None);
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Msp.Application.Upstreams;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Upstreams;

public sealed class UpstreamRateLimiterTests
{
    private readonly FakeTimeProvider _clock = TestData.Clock();

    private UpstreamRateLimiter Limiter(int perMinute) =>
        new(Options.Create(new UpstreamRateLimitOptions { RequestsPerUserPerMinute = perMinute }), _clock, NullLogger<UpstreamRateLimiter>.Instance);

    [Fact]
    public void An_account_is_counted_up_to_the_limit_then_told_how_long_until_its_window_ends()
    {
        var limiter = Limiter(3);

        Assert.Null(limiter.TryCount(7));
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(limiter.TryCount(7));
        Assert.Null(limiter.TryCount(7));

        Assert.Equal(TimeSpan.FromSeconds(40), limiter.TryCount(7));
        _clock.Advance(TimeSpan.FromSeconds(39));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryCount(7));
    }

    [Fact]
    public void A_new_window_opens_once_the_minute_has_passed()
    {
        var limiter = Limiter(1);
        Assert.Null(limiter.TryCount(7));
        Assert.NotNull(limiter.TryCount(7));

        _clock.Advance(UpstreamRateLimiter.Window);

        Assert.Null(limiter.TryCount(7));
        Assert.NotNull(limiter.TryCount(7));
    }

    [Fact]
    public void Each_account_has_a_budget_of_its_own()
    {
        var limiter = Limiter(1);

        Assert.Null(limiter.TryCount(7));
        Assert.NotNull(limiter.TryCount(7));
        Assert.Null(limiter.TryCount(8));
    }

    [Fact]
    public void Zero_is_no_limit_and_keeps_nothing()
    {
        var limiter = Limiter(0);

        for (var i = 0; i < 1_000; i++)
        {
            Assert.Null(limiter.TryCount(i % 10));
        }

        Assert.Equal(0, limiter.TrackedAccounts);
    }

    [Fact]
    public void A_clock_set_back_opens_a_new_window_instead_of_holding_the_account_for_the_jump()
    {
        var limiter = Limiter(1);
        Assert.Null(limiter.TryCount(7));

        _clock.AdjustTime(_clock.GetUtcNow() - TimeSpan.FromHours(1));

        Assert.Null(limiter.TryCount(7));
    }

    [Fact]
    public void The_store_holds_only_the_accounts_of_the_last_two_windows()
    {
        var limiter = Limiter(5);
        for (var account = 0; account < 10_000; account++)
        {
            limiter.TryCount(account);
        }

        Assert.Equal(10_000, limiter.TrackedAccounts);

        _clock.Advance(UpstreamRateLimiter.Window);
        limiter.TryCount(1);
        _clock.Advance(UpstreamRateLimiter.Window);
        limiter.TryCount(2);

        Assert.InRange(limiter.TrackedAccounts, 1, 2);
    }

    [Fact]
    public async Task Concurrent_requests_of_one_account_are_counted_exactly()
    {
        var limiter = Limiter(100);

        var refusals = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => Task.Run(() => limiter.TryCount(7) is not null)));

        Assert.Equal(900, refusals.Count(refused => refused));
    }
}

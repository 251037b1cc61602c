using Msp.Infrastructure.Upstreams.Lunchgate;

namespace Msp.IntegrationTests.Upstreams.Lunchgate;

/// <summary><c>Upstreams:Lunchgate</c> is checked at start-up: a cache without a bound, or one no answer fits, is refused.</summary>
public sealed class LunchgateOptionsTests
{
    [Fact]
    public void The_defaults_bound_the_cache_at_64_MiB_and_an_answer_at_256_KiB()
    {
        var options = new LunchgateOptions();

        Assert.True(options.IsValid());
        Assert.Equal(64 * 1024 * 1024, options.CacheSizeLimit);
        Assert.Equal(256 * 1024, options.MaxCachedAnswerSize);
    }

    [Theory]
    [InlineData(0, 1024)]
    [InlineData(-1, 1024)]
    [InlineData(1024 * 1024, 0)]
    [InlineData(1024 * 1024, 1024 * 1024)]
    public void A_cache_without_a_positive_limit_or_an_answer_limit_it_can_hold_is_refused(long cacheSizeLimit, long maxCachedAnswerSize)
    {
        var options = new LunchgateOptions { CacheSizeLimit = cacheSizeLimit, MaxCachedAnswerSize = maxCachedAnswerSize };

        Assert.False(options.IsValid());
    }
}

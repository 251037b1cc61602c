using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Results;
using Msp.Application.Upstreams;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Common.Behaviors;

public sealed class UpstreamRateLimitBehaviorTests
{
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private int _nextCalls;

    private Task<Result<string>> Next()
    {
        _nextCalls++;
        return Task.FromResult(Result<string>.Success("relayed"));
    }

    private static UpstreamRateLimitBehavior<UpstreamProbe, Result<string>> Behavior(long userId, UpstreamRateLimiter limiter) =>
        new(TestData.ContextOf(TestData.Caller(userId)), limiter);

    private UpstreamRateLimiter Limiter(int perMinute) =>
        new(Options.Create(new UpstreamRateLimitOptions { RequestsPerUserPerMinute = perMinute }), _clock, NullLogger<UpstreamRateLimiter>.Instance);

    [Fact]
    public async Task Within_the_limit_the_request_goes_on_to_the_handler()
    {
        var result = await Behavior(42, Limiter(2)).Handle(new UpstreamProbe(), default, Next);

        Assert.True(result.IsSuccess);
        Assert.Equal(1, _nextCalls);
    }

    [Fact]
    public async Task Past_the_limit_the_answer_is_the_429_with_the_wait_and_the_handler_never_runs()
    {
        var limiter = Limiter(2);
        var behavior = Behavior(42, limiter);
        await behavior.Handle(new UpstreamProbe(), default, Next);
        _clock.Advance(TimeSpan.FromSeconds(15));
        await behavior.Handle(new UpstreamProbe(), default, Next);

        var refused = await behavior.Handle(new UpstreamProbe(), default, Next);

        Assert.Equal(2, _nextCalls);
        Assert.Equal(429, refused.Error!.Status);
        Assert.Equal(ApiError.TooManyRequests.Body, refused.Error.Body);
        Assert.Equal(TimeSpan.FromSeconds(45), refused.Error.RetryAfter);
    }

    [Fact]
    public async Task The_count_is_the_caller_s_not_the_request_s()
    {
        var limiter = Limiter(1);
        await Behavior(42, limiter).Handle(new UpstreamProbe(), default, Next);

        var other = await Behavior(43, limiter).Handle(new UpstreamProbe(), default, Next);

        Assert.True(other.IsSuccess);
        Assert.Equal(2, _nextCalls);
    }
}

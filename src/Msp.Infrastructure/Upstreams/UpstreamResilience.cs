using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Msp.Infrastructure.Upstreams;

/// <summary>
/// The pipeline every upstream call goes through, outermost first: total timeout, retry (idempotent requests only,
/// jittered exponential back-off), circuit breaker, per-attempt timeout. See docs/upstreams.md.
/// </summary>
internal static class UpstreamResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, UpstreamClientOptions options, TimeProvider clock)
    {
        pipeline.TimeProvider = clock;

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.RetryCount > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,

                // A Retry-After beyond the budget would only spend the user's wait on a call the total timeout cuts anyway.
                ShouldRetryAfterHeader = false,
            };
            retry.DisableForUnsafeHttpMethods();
            pipeline.AddRetry(retry);
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "breaker",
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }
}

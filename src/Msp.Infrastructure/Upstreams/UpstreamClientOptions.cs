namespace Msp.Infrastructure.Upstreams;

/// <summary>
/// Configuration section <c>Upstreams:&lt;upstream&gt;</c> (e.g. <c>Upstreams:Comlite</c>): how long MSP waits for an
/// upstream, how often it retries a read, and when it stops calling one that keeps failing. See docs/upstreams.md.
/// </summary>
public sealed class UpstreamClientOptions
{
    /// <summary>Replaces the service record's <c>api_url</c> when set (a staging upstream, a test server).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The whole call, retries and reading the body included: the most an end user waits for the answer.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(8);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after the first attempt, for idempotent requests only (0: none).</summary>
    public int RetryCount { get; set; } = 2;

    /// <summary>The first back-off; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The circuit opens when this share of the attempts in the sampling window failed…</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>…and the window held at least this many attempts.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit answers at once without calling the upstream, before one trial call.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A larger body is a failure, not something to hold in memory.</summary>
    public long MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>The ranges the resilience strategies accept, checked at start-up rather than at the first call.</summary>
    public bool IsValid() =>
        BaseUrl is null or { IsAbsoluteUri: true, Scheme: "http" or "https" }
        && AttemptTimeout >= TimeSpan.FromMilliseconds(10) && AttemptTimeout <= TotalTimeout
        && RetryCount is >= 0 and <= 10 && RetryBaseDelay >= TimeSpan.Zero
        && BreakerFailureRatio is > 0 and <= 1 && BreakerMinimumThroughput >= 2
        && BreakerSamplingDuration >= TimeSpan.FromMilliseconds(500) && BreakerBreakDuration >= TimeSpan.FromMilliseconds(500)
        && MaxResponseBytes > 0;
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Msp.Infrastructure.Upstreams;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// The relays of spec 7–9 over HTTP against WireMock, reached through the service records' <c>api_url</c>, with the
/// short timeouts of <see cref="UpstreamHost"/>; their breakers never open here.
/// </summary>
public sealed class RelayHost : UpstreamHost
{
    public static readonly string[] RelaySections = ["Lunchgate", "MyVpn", "MyEntertainment"];

    public RelayHost()
    {
        foreach (var section in RelaySections)
        {
            Configure(this, section).Api.With($"Upstreams:{section}:BreakerMinimumThroughput", "1000");
        }
    }

    /// <summary>The timeouts and retries every upstream host gives an upstream.</summary>
    internal static UpstreamHost Configure(UpstreamHost host, string section)
    {
        host.Api.With($"Upstreams:{section}:AttemptTimeout", AttemptTimeout.ToString())
            .With($"Upstreams:{section}:TotalTimeout", TotalTimeout.ToString())
            .With($"Upstreams:{section}:RetryCount", RetryCount.ToString(CultureInfo.InvariantCulture))
            .With($"Upstreams:{section}:RetryBaseDelay", "00:00:00.050");
        return host;
    }
}

/// <summary>
/// The relays at their <c>BaseUrl</c> overrides, with breakers that open when half of at least two attempts failed. As on
/// <see cref="BreakerHost"/>, the pipelines run on a clock the test moves, so the break ends when the test says so;
/// retries wait for nothing.
/// </summary>
public sealed class RelayBreakerHost : UpstreamHost
{
    public RelayBreakerHost()
    {
        Api.WithServices(services => services.AddKeyedSingleton<TimeProvider>(UpstreamRegistration.ClockKey, UpstreamClock));
        foreach (var section in RelayHost.RelaySections)
        {
            RelayHost.Configure(this, section).Api
                .With($"Upstreams:{section}:BaseUrl", $"{Upstream.Url}/{section.ToLowerInvariant()}/")
                .With($"Upstreams:{section}:RetryBaseDelay", "00:00:00")
                .With($"Upstreams:{section}:RetryCount", "1")
                .With($"Upstreams:{section}:BreakerFailureRatio", "0.5")
                .With($"Upstreams:{section}:BreakerMinimumThroughput", "2")
                .With($"Upstreams:{section}:BreakerBreakDuration", BreakerHost.BreakDuration.ToString());
        }
    }

    public FakeTimeProvider UpstreamClock { get; } = new(DateTimeOffset.UtcNow);
}

/// <summary>
/// Lunchgate at its <c>BaseUrl</c> override (<c>/lunchgate/</c>) behind a cache of 1 MiB that keeps answers of up to
/// 64 KiB: small enough for a test to fill many times over. Its own host, so no other test finds that cache full.
/// </summary>
public sealed class RestaurantCacheHost : UpstreamHost
{
    public const long CacheSizeLimit = 1024 * 1024;

    public const long MaxCachedAnswerSize = 64 * 1024;

    public RestaurantCacheHost()
    {
        RelayHost.Configure(this, "Lunchgate").Api
            .With("Upstreams:Lunchgate:BaseUrl", Upstream.Url + "/lunchgate/")
            .With("Upstreams:Lunchgate:BreakerMinimumThroughput", "1000")
            .With("Upstreams:Lunchgate:CacheSizeLimit", CacheSizeLimit.ToString(CultureInfo.InvariantCulture))
            .With("Upstreams:Lunchgate:MaxCachedAnswerSize", MaxCachedAnswerSize.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// The per-user relay limit switched on (<see cref="RequestsPerUserPerMinute"/>; the other hosts turn it off), every
/// upstream at its <c>BaseUrl</c> override (<c>/&lt;section&gt;/</c>). Its tests reset nothing between them, so its clock
/// only moves forward: a test that advances it by a window starts every account's count afresh.
/// </summary>
public sealed class RelayLimitHost : UpstreamHost
{
    public const int RequestsPerUserPerMinute = 5;

    public RelayLimitHost()
    {
        Api.With("Upstreams:RequestsPerUserPerMinute", RequestsPerUserPerMinute.ToString(CultureInfo.InvariantCulture));
        foreach (var section in Sections.Concat(RelayHost.RelaySections))
        {
            RelayHost.Configure(this, section).Api
                .With($"Upstreams:{section}:BaseUrl", $"{Upstream.Url}/{section.ToLowerInvariant()}/")
                .With($"Upstreams:{section}:BreakerMinimumThroughput", "1000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RelayCollection : ICollectionFixture<RelayHost>
{
    public const string Name = "relays over HTTP";
}

/// <summary>Its tests bound "at once" by a wall clock: run alone, after the other collections (<see cref="Infrastructure.Timing"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RelayBreakerCollection : ICollectionFixture<RelayBreakerHost>
{
    public const string Name = "relay circuit breakers";
}

[CollectionDefinition(Name)]
public sealed class RestaurantCacheCollection : ICollectionFixture<RestaurantCacheHost>
{
    public const string Name = "restaurant cache limit";
}

[CollectionDefinition(Name)]
public sealed class RelayLimitCollection : ICollectionFixture<RelayLimitHost>
{
    public const string Name = "relay limit";
}

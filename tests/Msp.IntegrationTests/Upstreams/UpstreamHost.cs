using System.Net.Http.Headers;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Msp.Infrastructure.Upstreams;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// A real HTTP server (WireMock.Net) standing in for the upstream systems, and an API host of its own whose upstream
/// adapters call over HTTP with short timeouts. Each host has its own circuit breakers, so none leaks into another
/// collection; within a collection the tests run one after another.
/// </summary>
public abstract class UpstreamHost : IAsyncLifetime
{
    /// <summary>Short enough to keep the suite fast, long enough for a loaded 2-core machine to answer a healthy call.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(3);

    public const int RetryCount = 2;

    /// <summary>
    /// How long the API may take to answer when an upstream fails or hangs: its budget (<see cref="TotalTimeout"/>) and a
    /// margin for the time a busy 2-core machine keeps the test's own thread waiting. A behavior bound, not a
    /// performance target; also the longest a test waits for WireMock's log to show the requests it expects.
    /// </summary>
    public static readonly TimeSpan AnswerBound = TotalTimeout + TimeSpan.FromSeconds(5);

    /// <summary>
    /// A simulated upstream hang, just longer than <see cref="AnswerBound"/>: an answer within the bound came from the
    /// API's own timeouts, never from the upstream giving up. No longer than that: WireMock finishes a hanging answer
    /// before it stops, so the host's disposal waits out what is left of it.
    /// </summary>
    public static readonly TimeSpan Hang = AnswerBound + TimeSpan.FromSeconds(1);

    protected UpstreamHost()
    {
        Upstream = WireMockServer.Start();
        Api = new MspApiFactory().With("Upstreams:Mode", "Http");
        foreach (var section in Sections)
        {
            Api.With($"Upstreams:{section}:AttemptTimeout", AttemptTimeout.ToString())
                .With($"Upstreams:{section}:TotalTimeout", TotalTimeout.ToString())
                .With($"Upstreams:{section}:RetryCount", RetryCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .With($"Upstreams:{section}:RetryBaseDelay", "00:00:00.050");
        }
    }

    /// <summary>The upstream clients these hosts configure: Comlite and the two Docman services.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["Comlite", "Docman", "SwDocman"];

    public WireMockServer Upstream { get; }

    public MspApiFactory Api { get; }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Api).InitializeAsync();
        await WarmUpAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Api).DisposeAsync();
        Upstream.Stop();
        Upstream.Dispose();
    }

    /// <summary>
    /// A fresh WireMock server takes seconds to answer its first request, and the API's upstream path needs compiling
    /// too: without this, the first test would spend its one-second attempts on start-up, not on what it tests.
    /// </summary>
    private async Task WarmUpAsync()
    {
        Upstream.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ComliteWire.Terminals));
        using (var direct = new HttpClient { Timeout = TimeSpan.FromSeconds(60) })
        {
            using var answer = await direct.GetAsync(new Uri(Upstream.Url + "/warm-up"));
        }

        await Api.ResetAsync();
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE services SET api_url = @ApiUrl WHERE id = 4", new { ApiUrl = Upstream.Url + "/api/" });
        }

        using var client = Api.CreateClient();
        var token = (await Api.IssueTokensAsync("jorge")).Tokens.AccessToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/comlite/getTerminals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Upstream.Reset();
    }
}

/// <summary>
/// Upstreams reached through the service records' <c>api_url</c> (the tests point it at WireMock). The breaker never
/// opens here: these tests are about the answers; <see cref="BreakerHost"/> tests the breaker.
/// </summary>
public sealed class RecordUrlHost : UpstreamHost
{
    public RecordUrlHost()
    {
        foreach (var section in Sections)
        {
            Api.With($"Upstreams:{section}:BreakerMinimumThroughput", "1000");
        }
    }
}

/// <summary>
/// Upstreams reached through the <c>Upstreams:&lt;section&gt;:BaseUrl</c> overrides (<c>/comlite/</c>, <c>/docman/</c>,
/// <c>/swdocman/</c>), with a breaker that opens after two failures. The pipelines run on a clock of their own that the
/// test moves: the break ends when the test says so, not when a busy machine gets round to it, and the sampling window
/// never ends by itself. Retries wait for nothing, so they need no move of the clock.
/// </summary>
public sealed class BreakerHost : UpstreamHost
{
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    public BreakerHost()
    {
        Api.WithServices(services => services.AddKeyedSingleton<TimeProvider>(UpstreamRegistration.ClockKey, UpstreamClock));
        foreach (var section in Sections)
        {
            Api.With($"Upstreams:{section}:BaseUrl", Upstream.Url + "/" + section.ToLowerInvariant() + "/")
                .With($"Upstreams:{section}:RetryBaseDelay", "00:00:00")
                .With($"Upstreams:{section}:RetryCount", "1")
                .With($"Upstreams:{section}:BreakerFailureRatio", "0.5")
                .With($"Upstreams:{section}:BreakerMinimumThroughput", "2")
                .With($"Upstreams:{section}:BreakerBreakDuration", BreakDuration.ToString());
        }
    }

    public FakeTimeProvider UpstreamClock { get; } = new(DateTimeOffset.UtcNow);
}

[CollectionDefinition(Name)]
public sealed class RecordUrlCollection : ICollectionFixture<RecordUrlHost>
{
    public const string Name = "upstreams over HTTP";
}

/// <summary>Its tests bound "at once" by a wall clock: run alone, after the other collections (<see cref="Timing"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BreakerCollection : ICollectionFixture<BreakerHost>
{
    public const string Name = "upstream circuit breaker";
}

/// <summary>What the upstream fault tests of every upstream share.</summary>
internal static class UpstreamProbe
{
    /// <summary>
    /// WireMock logs a request once it has answered it, which may be a while after MSP has answered the test on a busy
    /// machine: the count once the log has stopped growing, or after <see cref="UpstreamHost.AnswerBound"/>.
    /// </summary>
    public static async Task<int> SettledLogCountAsync(WireMockServer upstream)
    {
        var count = upstream.LogEntries.Count;
        for (var wait = System.Diagnostics.Stopwatch.StartNew(); wait.Elapsed < UpstreamHost.AnswerBound;)
        {
            await Task.Delay(300);
            var now = upstream.LogEntries.Count;
            if (now == count)
            {
                return count;
            }

            count = now;
        }

        return count;
    }
}

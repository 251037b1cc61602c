using System.Diagnostics;
using System.Net;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// One route of each relayed upstream behind an open circuit: the documented 500 at once, the upstream not called;
/// after the break (the host's upstream clock moved past it) one trial call closes it again. Each upstream has its own breaker.
/// </summary>
[Collection(RelayBreakerCollection.Name)]
[Trait(Timing.Trait, Timing.Sensitive)]
public sealed class RelayCircuitBreakerTests(RelayBreakerHost host) : ApiTest(host.Api)
{
    /// <summary>The configuration section (its BaseUrl path), the path below it, the MSP route asked, and a healthy answer.</summary>
    public static TheoryData<string, string, string, string> Routes => new()
    {
        { "lunchgate", "search", "/getRestaurant?Location=Breaker-", RelayWire.Example("Lunchgate", "search") },
        { "myvpn", "getCamsByUser", "/myvpn/getCamsByUser", RelayWire.Example("MyVpn", "cams") },
        { "myentertainment", "getContact", "/myentertainment/getContact", RelayWire.Example("MyEntertainment", "contact") },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_open_circuit_answers_the_documented_500_at_once_and_closes_after_the_break(string section, string path, string route, string body)
    {
        host.Upstream.Reset();
        var token = await TokenOf("jorge");
        var upstreamPath = $"/{section}/{path}";
        host.Upstream.Given(Request.Create().WithPath(upstreamPath)).RespondWith(Response.Create().WithStatusCode(500));
        string Fresh() => route.EndsWith('-') ? route + Guid.NewGuid().ToString("N")[..8] : route;

        // Two failed attempts (one call and its retry) open the circuit.
        await AssertBody(await SendAsync(Fresh(), token), HttpStatusCode.InternalServerError, RelayWire.SomethingWentWrong);
        var reached = host.Upstream.LogEntries.Count(e => e.RequestMessage.Path == upstreamPath);

        var stopwatch = Stopwatch.StartNew();
        await AssertBody(await SendAsync(Fresh(), token), HttpStatusCode.InternalServerError, RelayWire.SomethingWentWrong);
        Assert.True(stopwatch.Elapsed < UpstreamHost.AttemptTimeout, $"Open circuit answered after {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(reached, host.Upstream.LogEntries.Count(e => e.RequestMessage.Path == upstreamPath));

        host.Upstream.Reset();
        host.Upstream.Given(Request.Create().WithPath(upstreamPath))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        host.UpstreamClock.Advance(BreakerHost.BreakDuration + TimeSpan.FromSeconds(1));
        await AssertBody(await SendAsync(Fresh(), token), HttpStatusCode.OK, body);
    }

    private async Task<HttpResponseMessage> SendAsync(string uri, string token)
    {
        using var request = RelayWire.Request(HttpMethod.Get, uri, token);
        return await Client.SendAsync(request);
    }
}

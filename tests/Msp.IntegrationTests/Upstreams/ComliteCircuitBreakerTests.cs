using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>The breaker on its own host: Comlite at the <c>Upstreams:Comlite:BaseUrl</c> override, two failures open it.</summary>
[Collection(BreakerCollection.Name)]
[Trait(Timing.Trait, Timing.Sensitive)]
public sealed class ComliteCircuitBreakerTests : ApiTest
{
    private const string TerminalsPath = "/comlite/terminals";

    private readonly WireMockServer _upstream;
    private readonly ITestOutputHelper _output;
    private readonly BreakerHost _host;

    public ComliteCircuitBreakerTests(BreakerHost host, ITestOutputHelper output)
        : base(host.Api)
    {
        _host = host;
        _upstream = host.Upstream;
        _upstream.Reset();
        _output = output;
    }

    [Fact]
    public async Task An_open_circuit_answers_the_documented_500_at_once_without_calling_Comlite_then_closes_again()
    {
        var (token, _) = await TokensOf("jorge");
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(503));

        // Half the attempts in the window failing opens the circuit: within this first call (the attempt and its one
        // retry), after one failure or two depending on the fixture's warm-up call in the same window.
        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.InternalServerError, ComliteWire.SomethingWentWrong);

        var reached = await UpstreamProbe.SettledLogCountAsync(_upstream);
        Assert.InRange(reached, 1, 2);

        // "At once" is proven by counts, not by a clock a busy machine would blur: Comlite is not called again.
        var stopwatch = Stopwatch.StartNew();
        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.InternalServerError, ComliteWire.SomethingWentWrong);
        _output.WriteLine($"Open circuit answered in {stopwatch.Elapsed.TotalMilliseconds:0} ms after {reached} failed attempt(s)");
        Assert.Equal(reached, await UpstreamProbe.SettledLogCountAsync(_upstream));

        using (var live = await Client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        // Comlite recovers; after the break the trial call goes through (with the credential of the service record)
        // and closes the circuit.
        _upstream.Reset();
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet().WithParam("user_id", "955").WithHeader("Authorization", ComliteWire.Authorization))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ComliteWire.Terminals));
        _host.UpstreamClock.Advance(BreakerHost.BreakDuration + TimeSpan.FromSeconds(1));
        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.Terminals);
        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.Terminals);
        Assert.Equal(2, await UpstreamProbe.SettledLogCountAsync(_upstream));
    }

    private async Task<HttpResponseMessage> GetTerminalsAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/comlite/getTerminals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }
}

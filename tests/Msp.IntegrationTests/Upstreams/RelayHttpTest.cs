using System.Diagnostics;
using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// Base of the relay tests against WireMock: each test gives its upstream a base path of its own, so a request an
/// earlier test left hanging is never counted here.
/// </summary>
[Collection(RelayCollection.Name)]
public abstract class RelayHttpTest(RelayHost host) : ApiTest(host.Api)
{
    /// <summary>A behavior bound (the answer comes once the budget is spent), not a performance target.</summary>
    protected static readonly TimeSpan AnswerBound = UpstreamHost.AnswerBound;

    protected WireMockServer Upstream { get; } = Reset(host.Upstream);

    protected string BasePath { get; } = $"/{Guid.NewGuid():N}/api/";

    protected string ApiUrl => Upstream.Url + BasePath;

    /// <summary>The requests of this test that reached WireMock.</summary>
    protected int Reached => Upstream.LogEntries.Count(entry => entry.RequestMessage.Path.StartsWith(BasePath, StringComparison.Ordinal));

    /// <summary>
    /// WireMock logs a request once it has answered it, which may be just after MSP has answered the test: the count once
    /// it has reached <paramref name="expected"/>, or after <see cref="UpstreamHost.AnswerBound"/>.
    /// </summary>
    protected async Task<int> ReachedAtLeastAsync(int expected)
    {
        var waited = Stopwatch.StartNew();
        while (Reached < expected && waited.Elapsed < UpstreamHost.AnswerBound)
        {
            await Task.Delay(20);
        }

        return Reached;
    }

    protected static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    /// <summary>Points the service record of <paramref name="upstream"/> (its <c>services.upstream</c>) at <paramref name="apiUrl"/>.</summary>
    protected async Task PointAtAsync(string upstream, string apiUrl)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync("UPDATE services SET api_url = @ApiUrl WHERE upstream = @Upstream", new { ApiUrl = apiUrl, Upstream = upstream });
    }

    protected async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, string token)
    {
        using var request = RelayWire.Request(method, uri, token);
        return await Client.SendAsync(request);
    }

    /// <summary>The documented 500 within the budget; answers how long it took.</summary>
    protected async Task<TimeSpan> AssertFailsWithinBudgetAsync(HttpMethod method, string uri, string token)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await SendAsync(method, uri, token);
        var elapsed = stopwatch.Elapsed;
        await AssertBody(response, HttpStatusCode.InternalServerError, RelayWire.SomethingWentWrong);
        Assert.True(elapsed < AnswerBound, $"Answered after {elapsed.TotalMilliseconds:0} ms; bound {AnswerBound.TotalMilliseconds:0} ms");
        return elapsed;
    }

    private static WireMockServer Reset(WireMockServer server)
    {
        server.Reset();
        return server;
    }
}

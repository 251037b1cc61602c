using System.Net;
using System.Text;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// One route of each relayed upstream against every way its upstream fails: an error status (retried, being a read),
/// a hang, garbage, a refused connection. Each is the documented 500 within the budget, and the API keeps serving.
/// </summary>
public sealed class RelayFaultTests(RelayHost host) : RelayHttpTest(host)
{
    /// <summary>The upstream record, the path MSP calls below its api_url, and the MSP route asked.</summary>
    public static TheoryData<string, string, string> Routes => new()
    {
        { "Lunchgate", "search", "/getRestaurant?Location=Faults-" },
        { "My VPN", "getCamsByUser", "/myvpn/getCamsByUser" },
        { "My Entertainment", "getContact", "/myentertainment/getContact" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_upstream_500_is_retried_then_the_documented_500(string upstream, string path, string route)
    {
        var (token, uri) = await ArrangeAsync(upstream, route);
        Upstream.Given(Request.Create().WithPath(BasePath + path)).RespondWith(Json(500, """{"error":"boom at line 12 of Controller.php"}"""));

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        Assert.Equal(1 + UpstreamHost.RetryCount, await ReachedAtLeastAsync(1 + UpstreamHost.RetryCount));
        await AssertStillServesAsync(upstream, path, uri, token);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_hanging_upstream_is_the_documented_500_once_the_budget_is_spent(string upstream, string path, string route)
    {
        var (token, uri) = await ArrangeAsync(upstream, route);
        Upstream.Given(Request.Create().WithPath(BasePath + path)).RespondWith(Json(200, "{}").WithDelay(UpstreamHost.Hang));

        var elapsed = await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        Assert.True(elapsed >= UpstreamHost.AttemptTimeout, $"Answered after {elapsed.TotalMilliseconds:0} ms, before one attempt could time out");
        await AssertStillServesAsync(upstream, path, uri, token);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Garbage_is_the_documented_500_without_retrying(string upstream, string path, string route)
    {
        var (token, uri) = await ArrangeAsync(upstream, route);
        Upstream.Given(Request.Create().WithPath(BasePath + path))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody(Encoding.UTF8.GetBytes("<html>502 Bad Gateway")));

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        Assert.Equal(1, await ReachedAtLeastAsync(1));
        await AssertStillServesAsync(upstream, path, uri, token);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_refused_connection_is_the_documented_500(string upstream, string path, string route)
    {
        var (token, uri) = await ArrangeAsync(upstream, route);
        using var refusing = new RefusingPort();
        await PointAtAsync(upstream, $"http://127.0.0.1:{refusing.Port}/api/");

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        await AssertStillServesAsync(upstream, path, uri, token);
    }

    /// <summary>A fresh query per test: Lunchgate's answers are cached beyond a test.</summary>
    private async Task<(string Token, string Uri)> ArrangeAsync(string upstream, string route)
    {
        await PointAtAsync(upstream, ApiUrl);
        return (await TokenOf("jorge"), route.EndsWith('-') ? route + Guid.NewGuid().ToString("N")[..8] : route);
    }

    private async Task AssertStillServesAsync(string upstream, string path, string uri, string token)
    {
        using (var live = await Client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        Upstream.Reset();
        await PointAtAsync(upstream, ApiUrl);
        var body = HealthyAnswer(upstream);
        Upstream.Given(Request.Create().WithPath(BasePath + path)).RespondWith(Json(200, body));
        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, body);
    }

    private static string HealthyAnswer(string upstream) => upstream switch
    {
        "Lunchgate" => RelayWire.Example("Lunchgate", "search"),
        "My VPN" => RelayWire.Example("MyVpn", "cams"),
        "My Entertainment" => RelayWire.Example("MyEntertainment", "contact"),
        _ => throw new ArgumentOutOfRangeException(nameof(upstream), upstream, null),
    };
}

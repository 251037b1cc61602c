using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// Spec 4.1 through the real HTTP adapter against WireMock: what MSP sends, how it maps Comlite's answers, and that
/// every way Comlite can fail gives the documented 500 within the time budget and leaves the API serving.
/// Each test gives Comlite a base path of its own, so a request an earlier test left hanging cannot be counted here.
/// </summary>
[Collection(RecordUrlCollection.Name)]
public sealed class ComliteHttpTests : ApiTest
{
    /// <summary>
    /// A behavior bound (the answer comes once the budget is spent, not after the upstream gives up: its hang lasts
    /// <see cref="Hang"/>), not a performance target. The margin is wide, because the stopwatch also counts the time a
    /// busy machine keeps the test's own thread waiting.
    /// </summary>
    private static readonly TimeSpan AnswerBound = UpstreamHost.AnswerBound;

    private static readonly TimeSpan Hang = UpstreamHost.Hang;

    private readonly WireMockServer _upstream;
    private readonly ITestOutputHelper _output;
    private readonly string _basePath = $"/{Guid.NewGuid():N}/api/";

    public ComliteHttpTests(RecordUrlHost host, ITestOutputHelper output)
        : base(host.Api)
    {
        _upstream = host.Upstream;
        _upstream.Reset();
        _output = output;
    }

    private string ApiUrl => _upstream.Url + _basePath;

    private string TerminalsPath => _basePath + "terminals";

    /// <summary>The requests of this test that reached WireMock.</summary>
    private int Reached => _upstream.LogEntries.Count(entry => entry.RequestMessage.Path.StartsWith(_basePath, StringComparison.Ordinal));

    /// <summary>
    /// The requests that reached WireMock, once its log has settled: it logs a request once it has answered it, which
    /// may be a while after MSP has answered the test, so the count is read when it has reached
    /// <paramref name="expected"/> and then stayed the same for a moment (a late extra request still shows).
    /// </summary>
    private async Task<int> SettledReachedAsync(int expected)
    {
        var quiet = TimeSpan.FromMilliseconds(300);
        var count = Reached;
        var unchangedSince = Stopwatch.StartNew();
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < UpstreamHost.AnswerBound;)
        {
            await Task.Delay(25);
            var now = Reached;
            if (now != count)
            {
                (count, unchangedSince) = (now, Stopwatch.StartNew());
            }
            else if (count >= expected && unchangedSince.Elapsed >= quiet)
            {
                break;
            }
        }

        return count;
    }

    [Fact]
    public async Task Comlite_terminals_are_relayed_with_the_spec_body()
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet().WithParam("user_id", "955").WithHeader("Authorization", ComliteWire.Authorization))
            .RespondWith(Json(200, ComliteWire.Terminals));

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.Terminals);
    }

    [Fact]
    public async Task Api_url_without_a_trailing_slash_and_numeric_ids_are_accepted()
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl.TrimEnd('/'));
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet())
            .RespondWith(Json(200, """{"status":{"status":"ok","terminals":[{"id":33,"mac":"aaaaaaaaaaaa","model":"GXP1610","line":1},{"id":"34","mac":"bbbbbbbbbbbb","model":"GXP2170"}]}}"""));

        await AssertBody(
            await GetTerminalsAsync(token),
            HttpStatusCode.OK,
            """{"status":{"status":"ok","terminals":[{"id":"33","mac":"aaaaaaaaaaaa","model":"GXP1610"},{"id":"34","mac":"bbbbbbbbbbbb","model":"GXP2170"}]}}""");
    }

    [Fact]
    public async Task A_user_without_terminals_gets_an_empty_list()
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Json(200, """{"status":{"status":"ok","terminals":[]}}"""));

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, """{"status":{"status":"ok","terminals":[]}}""");
    }

    [Fact]
    public async Task Comlite_User_not_found_gives_the_documented_body()
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Json(200, ComliteWire.UserNotFound));

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.UserNotFound);
    }

    [Fact]
    public async Task Comlite_500_is_retried_then_answered_with_the_documented_500()
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Json(500, """{"error":"boom at line 12 of TerminalController.php"}"""));

        await AssertFailsWithinBudgetAsync(token);
        Assert.Equal(1 + UpstreamHost.RetryCount, await SettledReachedAsync(1 + UpstreamHost.RetryCount));
        await AssertStillServesAsync(token);
    }

    [Fact]
    public async Task Comlite_hanging_beyond_the_timeouts_is_answered_with_the_documented_500_once_the_budget_is_spent()
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet())
            .RespondWith(Json(200, ComliteWire.Terminals).WithDelay(Hang));

        var elapsed = await AssertFailsWithinBudgetAsync(token);
        Assert.True(elapsed >= UpstreamHost.AttemptTimeout, $"Answered after {elapsed.TotalMilliseconds:0} ms, before even one attempt could time out");
        await AssertStillServesAsync(token);
    }

    [Theory]
    [InlineData("application/json", """{"status":{"status":"ok","terminals":[{"id":"33","mac":""")]
    [InlineData("text/html", "<html><body>502 Bad Gateway</body></html>")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "null")]
    [InlineData("application/json", "[]")]
    [InlineData("application/json", """{"status":"ok"}""")]
    [InlineData("application/json", """{"status":{"status":"ok"}}""")]
    [InlineData("application/json", """{"status":{"status":"ok","terminals":[{"id":"33","model":"GXP1610"}]}}""")]
    [InlineData("application/json", """{"status":{"status":"error","terminals":[]}}""")]
    [InlineData("application/json", """{"status":{"msg":"Database is down"}}""")]
    public async Task Malformed_or_unexpected_answers_give_the_documented_500_without_retrying(string contentType, string body)
    {
        // As bytes: WireMock would otherwise re-serialise a JSON-typed body, and hang on one that does not parse.
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(Encoding.UTF8.GetBytes(body)));

        await AssertFailsWithinBudgetAsync(token);
        Assert.Equal(1, await SettledReachedAsync(1));
        await AssertStillServesAsync(token);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    public async Task Comlite_refusing_MSP_or_missing_the_path_gives_the_documented_500(int status)
    {
        var token = await JorgeWithComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Json(status, ComliteWire.UserNotFound));

        await AssertFailsWithinBudgetAsync(token);
        await AssertStillServesAsync(token);
    }

    [Fact]
    public async Task Comlite_refusing_connections_gives_the_documented_500()
    {
        using var refusing = new RefusingPort();
        var token = await JorgeWithComliteAtAsync($"http://127.0.0.1:{refusing.Port}/api/");

        await AssertFailsWithinBudgetAsync(token);
        await AssertStillServesAsync(token);
    }

    [Fact]
    public async Task Comlite_is_not_called_for_a_caller_who_is_not_subscribed()
    {
        await PointComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Json(200, ComliteWire.Terminals));
        var (token, _) = await TokensOf("demo.vzug");

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.BadRequest, ComliteWire.Unauthorized);
        Assert.Equal(0, await SettledReachedAsync(0));
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private async Task<TimeSpan> AssertFailsWithinBudgetAsync(string token)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await GetTerminalsAsync(token);
        var elapsed = stopwatch.Elapsed;
        _output.WriteLine($"Documented 500 after {elapsed.TotalMilliseconds:0} ms (budget {UpstreamHost.TotalTimeout.TotalMilliseconds:0} ms)");

        await AssertBody(response, HttpStatusCode.InternalServerError, ComliteWire.SomethingWentWrong);
        Assert.True(elapsed < AnswerBound, $"Answered after {elapsed.TotalMilliseconds:0} ms; bound {AnswerBound.TotalMilliseconds:0} ms");
        return elapsed;
    }

    /// <summary>After a failure the API is alive and, once Comlite is healthy again, answers normally.</summary>
    private async Task AssertStillServesAsync(string token)
    {
        using (var live = await Client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        _upstream.Reset();
        await PointComliteAtAsync(ApiUrl);
        _upstream.Given(Request.Create().WithPath(TerminalsPath).UsingGet()).RespondWith(Json(200, ComliteWire.Terminals));
        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.Terminals);
    }

    private async Task<string> JorgeWithComliteAtAsync(string apiUrl)
    {
        await PointComliteAtAsync(apiUrl);
        var (token, _) = await TokensOf("jorge");
        return token;
    }

    private async Task PointComliteAtAsync(string apiUrl)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync("UPDATE services SET api_url = @ApiUrl WHERE id = 4", new { ApiUrl = apiUrl });
    }

    private async Task<HttpResponseMessage> GetTerminalsAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/comlite/getTerminals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }
}

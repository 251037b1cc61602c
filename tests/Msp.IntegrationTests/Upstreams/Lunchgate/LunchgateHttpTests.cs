using System.Net;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Msp.IntegrationTests.Upstreams.Lunchgate;

/// <summary>
/// Spec 8 through the real HTTP adapter against WireMock: the request MSP sends, the relayed answers, and the cache of
/// these public answers. Lunchgate's cache outlives a test, so every test searches for a place of its own.
/// </summary>
public sealed class LunchgateHttpTests(RelayHost host) : RelayHttpTest(host)
{
    private readonly string _place = "Basel-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_search_sends_location_and_keywords_and_relays_Lunchgate_s_object()
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "search").UsingGet().WithParam("location", _place).WithParam("keywords", "spanisch äh"))
            .RespondWith(Json(200, RelayWire.Example("Lunchgate", "search")));

        await AssertBody(
            await SendAsync(HttpMethod.Get, $"/getRestaurant?Location={_place}&Keywords=spanisch%20%C3%A4h", token),
            HttpStatusCode.OK,
            RelayWire.Example("Lunchgate", "search"));
        var sent = Upstream.LogEntries.Single().RequestMessage;
        Assert.DoesNotContain("user", sent.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_menu_sends_the_id_the_day_and_the_limit_with_their_defaults()
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "menu").UsingGet().WithParam("restaurant_id", "624").WithParam("day", "0").WithParam("limit", "10"))
            .RespondWith(Json(200, RelayWire.Example("Lunchgate", "menu")));
        Upstream.Given(Request.Create().WithPath(BasePath + "menu").UsingGet().WithParam("restaurant_id", "624").WithParam("day", "3").WithParam("limit", "5"))
            .RespondWith(Json(200, """{"timestamp":"1471191090","date":"17.08.2016","menu":{},"speciality":{},"status":"success"}"""));

        await AssertBody(await SendAsync(HttpMethod.Get, "/getRestaurantMenu?Restaurant_ID=624", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "menu"));
        await AssertBody(
            await SendAsync(HttpMethod.Get, "/getRestaurantMenu?Restaurant_ID=624&Day=3&Limit=5", token),
            HttpStatusCode.OK,
            """{"timestamp":"1471191090","date":"17.08.2016","menu":{},"speciality":{},"status":"success"}""");
    }

    [Fact]
    public async Task A_profile_sends_the_id()
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "profile").UsingGet().WithParam("restaurant_id", "624"))
            .RespondWith(Json(200, RelayWire.Example("Lunchgate", "profile")));

        await AssertBody(await SendAsync(HttpMethod.Get, "/getRestaurantProfile?Restaurant_ID=624", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "profile"));
    }

    [Fact]
    public async Task Fifty_identical_searches_reach_Lunchgate_once()
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "search").UsingGet())
            .RespondWith(Json(200, RelayWire.Example("Lunchgate", "search")).WithDelay(TimeSpan.FromMilliseconds(200)));
        var uri = $"/getRestaurant?Location={_place}&Keywords=spanisch";

        // Ten at once first (they share one call in flight), then the rest one after another (they find it cached).
        var burst = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(HttpMethod.Get, uri, token)));
        foreach (var response in burst)
        {
            await AssertBody(response, HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
        }

        for (var i = 0; i < 40; i++)
        {
            await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
        }

        Assert.Equal(1, await ReachedAtLeastAsync(1));

        await AssertBody(await SendAsync(HttpMethod.Get, uri + "%20tapas", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
        Assert.Equal(2, await ReachedAtLeastAsync(2));
    }

    [Fact]
    public async Task An_answer_over_the_per_answer_limit_is_relayed_each_time_and_not_kept()
    {
        var token = await JorgeWithLunchgateAsync();
        var large = LargeAnswer(300_000);
        Upstream.Given(Request.Create().WithPath(BasePath + "search").UsingGet()).RespondWith(Json(200, large));
        var uri = $"/getRestaurant?Location={_place}";

        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, large);
        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, large);

        Assert.Equal(2, await ReachedAtLeastAsync(2));
    }

    [Fact]
    public async Task A_cached_answer_is_asked_for_again_once_its_lifetime_has_passed_on_the_platform_clock()
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "profile").UsingGet()).RespondWith(Json(200, RelayWire.Example("Lunchgate", "profile")));
        var uri = "/getRestaurantProfile?Restaurant_ID=" + Random.Shared.Next(100_000, 999_999);

        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "profile"));
        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "profile"));
        Assert.Equal(1, await ReachedAtLeastAsync(1));

        Api.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "profile"));
        Assert.Equal(2, await ReachedAtLeastAsync(2));
    }

    [Fact]
    public async Task A_failure_is_not_cached()
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "search").UsingGet()).RespondWith(Json(500, "{}"));
        var uri = $"/getRestaurant?Location={_place}";

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        Assert.Equal(1 + UpstreamHost.RetryCount, await ReachedAtLeastAsync(1 + UpstreamHost.RetryCount));

        Upstream.Reset();
        Upstream.Given(Request.Create().WithPath(BasePath + "search").UsingGet()).RespondWith(Json(200, RelayWire.Example("Lunchgate", "search")));
        await AssertBody(await SendAsync(HttpMethod.Get, uri, token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
    }

    [Theory]
    [InlineData("""{"status":"error","msg":"no restaurant"}""")]
    [InlineData("""{"restaurants":{}}""")]
    [InlineData("[]")]
    [InlineData("not json")]
    public async Task Undocumented_answers_are_the_documented_500_and_not_cached(string body)
    {
        var token = await JorgeWithLunchgateAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "profile").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Encoding.UTF8.GetBytes(body)));
        var uri = "/getRestaurantProfile?Restaurant_ID=" + Random.Shared.Next(100_000, 999_999);

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        await AssertFailsWithinBudgetAsync(HttpMethod.Get, uri, token);
        Assert.Equal(2, await ReachedAtLeastAsync(2));
    }

    [Fact]
    public async Task Lunchgate_is_not_called_for_a_caller_who_is_not_subscribed()
    {
        await PointAtAsync("Lunchgate", ApiUrl);
        Upstream.Given(Request.Create().WithPath(BasePath + "search").UsingGet()).RespondWith(Json(200, RelayWire.Example("Lunchgate", "search")));

        await AssertBody(await SendAsync(HttpMethod.Get, $"/getRestaurant?Location={_place}", await TokenOf("demo.vzug")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        Assert.Equal(0, Reached);
    }

    /// <summary>A usable Lunchgate answer of <paramref name="bytes"/> bytes: spec 8's status and a long filler.</summary>
    internal static string LargeAnswer(int bytes)
    {
        const string head = "{\"status\":\"success\",\"restaurants\":{},\"filler\":\"";
        return head + new string('x', bytes - head.Length - 2) + "\"}";
    }

    private async Task<string> JorgeWithLunchgateAsync()
    {
        await PointAtAsync("Lunchgate", ApiUrl);
        return await TokenOf("jorge");
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Auth.GetUserInfo;
using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.Lunchgate.GetRestaurant;
using Msp.IntegrationTests.Robustness;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// Issue 23 §5: past <c>Upstreams:RequestsPerUserPerMinute</c> relay requests a minute, an account gets the documented
/// 429 with a Retry-After, before the cache or the upstream is asked; other accounts and other routes are not held.
/// The window runs on the host's clock, which only these tests move, so every count is exact.
/// </summary>
[Collection(RelayLimitCollection.Name)]
public sealed class RelayLimitTests(RelayLimitHost host)
{
    private const string TooManyRequests = """{"error":"Too many requests. Please try again later."}""";

    private const int Limit = RelayLimitHost.RequestsPerUserPerMinute;

    [Fact]
    public async Task Past_the_limit_the_429_comes_before_cache_and_Lunchgate_another_user_is_answered_and_after_the_window_it_answers_again()
    {
        host.Api.Clock.Advance(UpstreamRateLimiter.Window);
        host.Upstream.Reset();
        host.Upstream.Given(Request.Create().WithPath("/lunchgate/search").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(RelayWire.Example("Lunchgate", "search")));
        var search = "/getRestaurant?Location=Limit-" + Guid.NewGuid().ToString("N")[..8];
        var jorge = await TokenOfAsync("jorge");

        // The first asks Lunchgate, the others find its answer cached: all count.
        for (var i = 0; i < Limit; i++)
        {
            await AssertJson(await SendAsync(HttpMethod.Get, search, jorge), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
        }

        var wait = await AssertTooManyAsync(await SendAsync(HttpMethod.Get, search, jorge));
        await AssertTooManyAsync(await SendAsync(HttpMethod.Get, search + "-new", jorge));
        Assert.Equal(1, await UpstreamProbe.SettledLogCountAsync(host.Upstream));

        // Other routes than the relays are not counted; other accounts have budgets of their own.
        await AssertJson(await SendAsync(HttpMethod.Get, "/getUserInfo", jorge), HttpStatusCode.OK, null);
        await SubscribeAntonioToLunchgateAsync();
        await AssertJson(await SendAsync(HttpMethod.Get, search, await TokenOfAsync("antonio")), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));

        host.Api.Clock.Advance(wait - TimeSpan.FromSeconds(1));
        await AssertTooManyAsync(await SendAsync(HttpMethod.Get, search, jorge));
        host.Api.Clock.Advance(TimeSpan.FromSeconds(1));
        await AssertJson(await SendAsync(HttpMethod.Get, search, jorge), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
    }

    [Fact]
    public async Task Every_upstream_route_counts_toward_the_limit()
    {
        var jorge = await TokenOfAsync("jorge");
        var routes = RouteCatalogue.Discover(host.Api.Services)
            .Where(route => route.Operations.Any(o => o.Request is { } request && typeof(IUpstreamRequest).IsAssignableFrom(request)))
            .ToArray();
        Assert.Equal(25, routes.Length);

        foreach (var route in routes)
        {
            host.Api.Clock.Advance(UpstreamRateLimiter.Window);
            var method = new HttpMethod(route.Operations[0].Method);
            for (var i = 0; i < Limit; i++)
            {
                using var counted = await SendAsync(method, route.Pattern, jorge);
                Assert.True(counted.StatusCode != HttpStatusCode.TooManyRequests, $"{route.Pattern}: request {i + 1} of {Limit} refused");
            }

            await AssertTooManyAsync(await SendAsync(method, route.Pattern, jorge), route.Pattern);
        }
    }

    [Fact]
    public async Task The_relays_share_one_budget_per_user()
    {
        host.Api.Clock.Advance(UpstreamRateLimiter.Window);
        var jorge = await TokenOfAsync("jorge");

        for (var i = 0; i < Limit - 1; i++)
        {
            (await SendAsync(HttpMethod.Post, "/comlite/getTerminals", jorge)).Dispose();
        }

        (await SendAsync(HttpMethod.Get, "/getRestaurantMenu", jorge)).Dispose();
        await AssertTooManyAsync(await SendAsync(HttpMethod.Get, "/myvpn/getContact", jorge));
    }

    [Fact]
    public async Task Only_upstream_requests_carry_the_limit_in_their_pipeline_right_after_authentication()
    {
        await using var scope = host.Api.Services.CreateAsyncScope();

        var relay = BehaviorsOf<GetRestaurantQuery, Result<JsonElement>>(scope.ServiceProvider);
        var other = BehaviorsOf<GetUserInfoQuery, Result<UserInfoResponse>>(scope.ServiceProvider);

        Assert.Equal(
            [typeof(LoggingBehavior<,>), typeof(AuthenticationBehavior<,>), typeof(UpstreamRateLimitBehavior<,>), typeof(ValidationBehavior<,>), typeof(TargetUserBehavior<,>), typeof(TransactionBehavior<,>)],
            relay);
        Assert.Equal(relay.Where(b => b != typeof(UpstreamRateLimitBehavior<,>)), other);
    }

    private static Type[] BehaviorsOf<TRequest, TResponse>(IServiceProvider services)
        where TRequest : notnull =>
        services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Select(b => b!.GetType().GetGenericTypeDefinition()).ToArray();

    /// <summary>The documented 429 and a Retry-After within the window; answers the wait it names.</summary>
    private static async Task<TimeSpan> AssertTooManyAsync(HttpResponseMessage response, string? route = null)
    {
        using (response)
        {
            await AssertJson(response, HttpStatusCode.TooManyRequests, TooManyRequests, route);
            var seconds = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
            Assert.InRange(seconds, 1, (int)UpstreamRateLimiter.Window.TotalSeconds);
            return TimeSpan.FromSeconds(seconds);
        }
    }

    /// <summary>The status, and (unless null) a body equal as JSON to <paramref name="expected"/>.</summary>
    private static async Task AssertJson(HttpResponseMessage response, HttpStatusCode status, string? expected, string? route = null)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{route}: expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        if (expected is not null)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"{route}: expected {expected}\nActual   {actual}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, string token)
    {
        using var client = host.Api.CreateClient();
        using var request = RelayWire.Request(method, uri, token);
        return await client.SendAsync(request);
    }

    private async Task<string> TokenOfAsync(string login) => (await host.Api.IssueTokensAsync(login)).Tokens.AccessToken;

    /// <summary>Antonio (1154) subscribes to My Restaurant (service 6); this host's database is never reset, so once.</summary>
    private async Task SubscribeAntonioToLunchgateAsync()
    {
        await using var connection = await host.Api.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO subscriptions (account_id, service_id, created_at)
            SELECT 1154, 6, @Now WHERE NOT EXISTS (SELECT 1 FROM subscriptions WHERE account_id = 1154 AND service_id = 6)
            """,
            new { Now = host.Api.Clock.GetUtcNow().UtcDateTime });
    }
}

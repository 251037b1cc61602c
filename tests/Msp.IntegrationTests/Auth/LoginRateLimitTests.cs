using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>docs/contract.md §3: a client address over <c>Auth:LoginRequestsPerMinute</c> login requests a minute gets 429.</summary>
[Collection(RateLimitedApiCollection.Name)]
public sealed class LoginRateLimitTests(RateLimitedApi host)
{
    [Fact]
    public async Task Login_requests_over_the_limit_get_429_with_Retry_After_and_other_routes_are_not_limited()
    {
        using var client = ClientAt("192.0.2.1");

        // Each request is cheap: no password to hash.
        await AssertRefusedOverTheLimitAsync(() => client.PostAsync("/auth/login", null), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);

        // The trailing-slash and upper-case spellings are the same route, under the same limit.
        await AssertJson(await client.PostAsync("/AUTH/LOGIN/", null), HttpStatusCode.TooManyRequests, AuthBodies.TooManyRequests);

        await AssertJson(await client.GetAsync("/getUserInfo"), HttpStatusCode.OK, AuthBodies.NoMatch);
        await AssertJson(await client.GetAsync("/auth/logout"), HttpStatusCode.OK, AuthBodies.LogoutKo);
    }

    [Fact]
    public async Task Reset_requests_alone_over_the_limit_get_the_same_429()
    {
        using var client = ClientAt("192.0.2.2");

        // A malformed email costs nothing and writes nothing.
        await AssertRefusedOverTheLimitAsync(
            () => client.PostAsync("/auth/reset", new FormUrlEncodedContent([new("email", "not-an-email")])),
            HttpStatusCode.Forbidden,
            """{"msg":"KO"}""");
    }

    [Fact]
    public async Task The_limit_holds_per_window_of_the_host_clock_and_a_new_window_admits_again()
    {
        using var client = ClientAt("192.0.2.3");
        await AssertRefusedOverTheLimitAsync(() => client.PostAsync("/auth/login", null), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);

        host.Api.Clock.Advance(TimeSpan.FromMinutes(1));

        await AssertRefusedOverTheLimitAsync(() => client.PostAsync("/auth/login", null), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);
    }

    /// <summary>
    /// Sends the limit's worth of requests, each answered <paramref name="status"/> and <paramref name="body"/>, then
    /// one more: the documented 429 with a Retry-After within the minute. The window runs on the host's clock, which
    /// only the test moves, so the count is exact.
    /// </summary>
    private static async Task AssertRefusedOverTheLimitAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string body)
    {
        for (var i = 0; i < RateLimitedApi.LoginRequestsPerMinute; i++)
        {
            await AssertJson(await send(), status, body);
        }

        using var refused = await send();
        await AssertJson(refused, HttpStatusCode.TooManyRequests, AuthBodies.TooManyRequests);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture), 1, 60);
    }

    /// <summary>A client whose requests come from <paramref name="address"/>: each test spends a budget of its own.</summary>
    private HttpClient ClientAt(string address)
    {
        var handler = host.Api.Server.CreateHandler(context => context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address));
        return new HttpClient(handler) { BaseAddress = host.Api.Server.BaseAddress };
    }

    private static async Task AssertJson(HttpResponseMessage response, HttpStatusCode status, string expected)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
    }
}

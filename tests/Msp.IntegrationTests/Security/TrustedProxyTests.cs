using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Security;

/// <summary>
/// ADR 15: forwarded headers count only from configured proxies. Real Kestrel, so that the caller has an address
/// (127.0.0.1); the login limit is 3 a minute, and its window is fixed in real time, so each loop allows for one
/// refill at a minute boundary.
/// </summary>
public sealed class TrustedProxyTests : IAsyncLifetime
{
    private const int Limit = 3;

    private readonly MspApiFactory _behindProxy = Host().With("ForwardedHeaders:KnownProxies:0", "127.0.0.1");

    private readonly MspApiFactory _guessedAt = Host()
        .With("ForwardedHeaders:KnownProxies:0", "127.0.0.1")
        .With("Auth:LoginRequestsPerMinute", "0")
        .With("Auth:FailedUidLoginsPerMinute", "10");

    private readonly MspApiFactory _noProxy = Host();

    [Fact]
    public async Task Behind_a_known_proxy_two_clients_are_limited_separately()
    {
        using var client = _behindProxy.CreateClient();

        Assert.True(await RefusedWithinTheLimitAsync(client, _ => "203.0.113.1"));

        using var response = await client.SendAsync(Login("203.0.113.2"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task With_no_known_proxy_X_Forwarded_For_changes_nothing()
    {
        using var client = _noProxy.CreateClient();

        // Every request claims another client address; all of them are the one real caller's.
        Assert.True(await RefusedWithinTheLimitAsync(client, i => $"203.0.113.{i + 1}"));
    }

    /// <summary>Uid guesses count per client address (here 10 a minute), so behind the proxy one guesser blocks only itself.</summary>
    [Fact]
    public async Task Behind_a_known_proxy_one_address_guessing_uids_blocks_its_own_uid_logins_only()
    {
        using var client = _guessedAt.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await UidLoginAsync(client, "203.0.113.9", $"GUESS-{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await UidLoginAsync(client, "203.0.113.9", "STB-0955-0001")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UidLoginAsync(client, "203.0.113.10", "STB-0955-0001")).StatusCode);
    }

    [Fact]
    public async Task Outside_Development_the_session_cookie_is_Secure_even_over_plain_http()
    {
        using var client = _noProxy.CreateClient();

        using var response = await client.PostAsync(
            "/auth/login",
            new FormUrlEncodedContent([new("email", "jorge"), new("password", DemoPasswords.Of("jorge"))]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_behindProxy).InitializeAsync();
        await ((IAsyncLifetime)_noProxy).InitializeAsync();
        await ((IAsyncLifetime)_guessedAt).InitializeAsync();
        await _noProxy.ResetAsync();
        await _guessedAt.ResetAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_behindProxy).DisposeAsync();
        await ((IAsyncLifetime)_noProxy).DisposeAsync();
        await ((IAsyncLifetime)_guessedAt).DisposeAsync();
    }

    private static MspApiFactory Host()
    {
        var host = new MspApiFactory().With("Auth:LoginRequestsPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.UseKestrel(0);
        return host;
    }

    private static async Task<HttpResponseMessage> UidLoginAsync(HttpClient client, string forwardedFor, string uid)
    {
        using var request = Login(forwardedFor);
        request.Content = new FormUrlEncodedContent([new("uid", uid)]);
        return await client.SendAsync(request);
    }

    private static HttpRequestMessage Login(string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/auth/login");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    /// <summary>Whether a 429 came within twice the limit and one more request (one window refill allowed).</summary>
    private static async Task<bool> RefusedWithinTheLimitAsync(HttpClient client, Func<int, string> forwardedFor)
    {
        for (var i = 0; i < (2 * Limit) + 1; i++)
        {
            using var response = await client.SendAsync(Login(forwardedFor(i)));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return i >= Limit;
            }
        }

        return false;
    }
}

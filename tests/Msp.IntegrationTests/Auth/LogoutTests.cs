using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>Spec 3.3: logout ends the device session; the token stays valid (docs/contract.md §3).</summary>
public sealed class LogoutTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task Logout_ends_the_session_and_the_token_stays_valid()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync("/auth/logout", login.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutOk);

        await AssertAuthenticatesAsync(955, login.AccessToken);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM device_sessions WHERE ended_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_second_logout_with_no_open_session_left_is_KO()
    {
        var login = await SignInByUidAsync();
        await AssertBody(await GetAsync("/auth/logout", login.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutOk);

        await AssertBody(await GetAsync("/auth/logout", login.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutKo);
        await AssertAuthenticatesAsync(955, login.AccessToken);
    }

    [Fact]
    public async Task Without_a_live_token_logout_is_KO()
    {
        await AssertBody(await GetAsync("/auth/logout"), HttpStatusCode.OK, AuthBodies.LogoutKo);
        await AssertBody(await GetAsync("/auth/logout", new string('A', 40)), HttpStatusCode.OK, AuthBodies.LogoutKo);
        await AssertBody(await GetAsync("/auth/logout", cookie: new string('A', 40)), HttpStatusCode.OK, AuthBodies.LogoutKo);

        var login = await SignInByUidAsync();
        await AssertBody(await GetAsync("/revokeToken", login.AccessToken), HttpStatusCode.OK, AuthBodies.Revoked);
        await AssertBody(await GetAsync("/auth/logout", login.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutKo);
    }

    [Fact]
    public async Task Logout_by_cookie_ends_that_cookies_session_and_clears_it_but_the_token_still_works()
    {
        var login = await SignInByUidAsync();

        using var response = await GetAsync("/auth/logout", cookie: login.Cookie);
        await AssertBody(response, HttpStatusCode.OK, AuthBodies.LogoutOk);

        // The browser is told to drop the cookie: an empty value that expired long ago.
        var cleared = SetCookieHeaderOf(response);
        Assert.NotNull(cleared);
        Assert.Equal("", SessionCookieOf(response));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);

        await AssertRejectedAsync(cookie: login.Cookie);
        await AssertAuthenticatesAsync(955, login.AccessToken);
        await AssertBody(await GetAsync("/auth/logout", cookie: login.Cookie), HttpStatusCode.OK, AuthBodies.LogoutKo);

        // The token's only session is the one the cookie ended.
        await AssertBody(await GetAsync("/auth/logout", login.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutKo);
    }

    [Fact]
    public async Task Logout_by_token_also_ends_the_session_its_cookie_names()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync("/auth/logout", login.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutOk);

        await AssertRejectedAsync(cookie: login.Cookie);
    }

    [Fact]
    public async Task Logout_ends_only_its_own_login()
    {
        var first = await SignInByUidAsync();
        var second = await SignInByUidAsync();

        await AssertBody(await GetAsync("/auth/logout", cookie: first.Cookie), HttpStatusCode.OK, AuthBodies.LogoutOk);

        await AssertAuthenticatesAsync(955, cookie: second.Cookie);
        await AssertBody(await GetAsync("/auth/logout", second.AccessToken), HttpStatusCode.OK, AuthBodies.LogoutOk);
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>Spec 3.6 with docs/contract.md §3: the token and every session and cookie bound to it stop working.</summary>
public sealed class RevokeTokenTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task Revoking_ends_the_token_and_its_cookie_and_a_second_revoke_finds_nothing()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync("/revokeToken", login.AccessToken), HttpStatusCode.OK, AuthBodies.Revoked);

        await AssertRejectedAsync(login.AccessToken);
        await AssertRejectedAsync(cookie: login.Cookie);
        await AssertBody(await GetAsync("/revokeToken", login.AccessToken), HttpStatusCode.OK, AuthBodies.NoMatch);
        await AssertBody(await GetAsync("/revokeToken", cookie: login.Cookie), HttpStatusCode.OK, AuthBodies.NoMatch);
    }

    [Fact]
    public async Task The_spec_s_query_parameter_carries_the_token()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync("/revokeToken/?Access_token=" + login.AccessToken), HttpStatusCode.OK, AuthBodies.Revoked);

        await AssertRejectedAsync(login.AccessToken);
    }

    [Fact]
    public async Task Revoking_by_cookie_ends_the_token_behind_it()
    {
        var login = await SignInByUidAsync();

        using var response = await GetAsync("/revokeToken", cookie: login.Cookie);
        await AssertBody(response, HttpStatusCode.OK, AuthBodies.Revoked);
        Assert.Equal("", SessionCookieOf(response));

        await AssertRejectedAsync(login.AccessToken);
        await AssertRejectedAsync(cookie: login.Cookie);
    }

    [Fact]
    public async Task Without_a_token_it_is_unauthorized_client() =>
        await AssertBody(await GetAsync("/revokeToken"), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);

    [Fact]
    public async Task An_unknown_or_expired_token_finds_nothing()
    {
        await AssertBody(await GetAsync("/revokeToken", new string('A', 40)), HttpStatusCode.OK, AuthBodies.NoMatch);

        var login = await SignInByUidAsync();
        Api.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await AssertBody(await GetAsync("/revokeToken", login.AccessToken), HttpStatusCode.OK, AuthBodies.NoMatch);
    }

    [Fact]
    public async Task Other_logins_of_the_account_are_untouched()
    {
        var revoked = await SignInByUidAsync();
        var other = await SignInByUidAsync();

        await AssertBody(await GetAsync("/revokeToken", revoked.AccessToken), HttpStatusCode.OK, AuthBodies.Revoked);

        await AssertAuthenticatesAsync(955, other.AccessToken);
        await AssertAuthenticatesAsync(955, cookie: other.Cookie);
    }
}

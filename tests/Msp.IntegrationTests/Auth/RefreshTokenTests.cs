using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>Spec 3.5 with docs/contract.md §3: rotation of both tokens, and reuse detection.</summary>
public sealed class RefreshTokenTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task Refresh_rotates_both_tokens_and_the_old_access_token_stops_working()
    {
        var login = await SignInByUidAsync();

        var rotated = await RefreshAsync(login.AccessToken, login.RefreshToken);

        Assert.Equal(["newtoken", "newrefreshtoken", "validUntil"], rotated.Body.Select(p => p.Key));
        Assert.Matches("^[A-Za-z0-9]{40}$", rotated.AccessToken);
        Assert.Matches("^[A-Za-z0-9]{40}$", rotated.RefreshToken);
        Assert.NotEqual(login.AccessToken, rotated.AccessToken);
        Assert.NotEqual(login.RefreshToken, rotated.RefreshToken);
        Assert.Equal(ValidUntilOfTokenIssuedNow(), rotated.Body["validUntil"]!.GetValue<string>());

        await AssertAuthenticatesAsync(955, rotated.AccessToken);
        await AssertRejectedAsync(login.AccessToken);

        // The session moves to the new token: same deviceSessionId, and the login cookie goes on working.
        using var info = await GetAsync("/getUserInfo", rotated.AccessToken);
        Assert.Equal(login.DeviceSessionId, (await ReadJson(info))["deviceSessionId"]!.GetValue<string>());
        await AssertAuthenticatesAsync(955, cookie: login.Cookie);

        // The new refresh token rotates in turn.
        var again = await RefreshAsync(rotated.AccessToken, rotated.RefreshToken);
        await AssertAuthenticatesAsync(955, again.AccessToken);
        await AssertRejectedAsync(rotated.AccessToken);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_used_refresh_token_presented_again_revokes_the_whole_chain(bool withNewAccessToken)
    {
        var login = await SignInByUidAsync();
        var other = await SignInByUidAsync();
        var rotated = await RefreshAsync(login.AccessToken, login.RefreshToken);

        // Whoever replays the used refresh token, with the old access token or the new one, is refused …
        var access = withNewAccessToken ? rotated.AccessToken : login.AccessToken;
        await AssertBody(await GetAsync(RefreshPath(access, login.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);

        // … and the chain is dead for everyone, the newest pair and the login's cookie included.
        await AssertRejectedAsync(rotated.AccessToken);
        await AssertRejectedAsync(cookie: login.Cookie);
        await AssertBody(await GetAsync(RefreshPath(rotated.AccessToken, rotated.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, login.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);

        // Another login of the same account is another chain.
        await AssertAuthenticatesAsync(955, other.AccessToken);
        await RefreshAsync(other.AccessToken, other.RefreshToken);
    }

    [Fact]
    public async Task Without_a_known_access_token_it_is_unauthorized_client()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync("/refreshToken?refresh_token=" + login.RefreshToken), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
        await AssertBody(await GetAsync(RefreshPath(new string('x', 40), login.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
        await AssertBody(await GetAsync("/refreshToken"), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);

        // The refresh token was not spent by the refused calls.
        await RefreshAsync(login.AccessToken, login.RefreshToken);
    }

    [Fact]
    public async Task A_missing_unknown_or_foreign_refresh_token_is_invalid_and_harms_nobody()
    {
        var login = await SignInByUidAsync();
        var other = await SignInByUidAsync();

        await AssertBody(await GetAsync("/refreshToken?access_token=" + login.AccessToken), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);
        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, new string('x', 40))), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);
        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, login.AccessToken)), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);
        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, other.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);

        await AssertAuthenticatesAsync(955, login.AccessToken);
        await AssertAuthenticatesAsync(955, other.AccessToken);
        await RefreshAsync(login.AccessToken, login.RefreshToken);
        await RefreshAsync(other.AccessToken, other.RefreshToken);
    }

    [Fact]
    public async Task An_expired_access_token_can_still_be_refreshed()
    {
        var login = await SignInByUidAsync();
        Api.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await AssertRejectedAsync(login.AccessToken);

        var rotated = await RefreshAsync(login.AccessToken, login.RefreshToken);

        Assert.Equal(ValidUntilOfTokenIssuedNow(), rotated.Body["validUntil"]!.GetValue<string>());
        await AssertAuthenticatesAsync(955, rotated.AccessToken);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_invalid()
    {
        var login = await SignInByUidAsync();
        Api.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, login.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);
    }

    [Fact]
    public async Task A_revoked_token_cannot_be_refreshed()
    {
        var login = await SignInByUidAsync();
        await AssertBody(await GetAsync("/revokeToken", login.AccessToken), HttpStatusCode.OK, AuthBodies.Revoked);

        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, login.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
    }

    [Fact]
    public async Task The_login_cookie_may_stand_for_the_access_token()
    {
        var login = await SignInByUidAsync();

        using var response = await GetAsync("/refreshToken?refresh_token=" + login.RefreshToken, cookie: login.Cookie);
        var body = await ReadJson(response);

        await AssertAuthenticatesAsync(955, body["newtoken"]!.GetValue<string>());
        await AssertRejectedAsync(login.AccessToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_disabled_or_pending_deletion_account_can_neither_refresh_nor_revoke_its_tokens(int status)
    {
        var login = await SignInByUidAsync();
        await ScalarAsync($"UPDATE accounts SET status = {status} WHERE id = 955");

        await AssertBody(await GetAsync(RefreshPath(login.AccessToken, login.RefreshToken)), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
        await AssertBody(await GetAsync("/revokeToken", login.AccessToken), HttpStatusCode.OK, AuthBodies.NoMatch);

        // Back to active, the tokens it held work again: disabling is not revoking (users/disable revokes on its own).
        await ScalarAsync("UPDATE accounts SET status = 1 WHERE id = 955");
        await RefreshAsync(login.AccessToken, login.RefreshToken);
    }

    private static string RefreshPath(string accessToken, string refreshToken) =>
        $"/refreshToken?access_token={accessToken}&refresh_token={refreshToken}";

    private async Task<Rotated> RefreshAsync(string accessToken, string refreshToken)
    {
        using var response = await GetAsync(RefreshPath(accessToken, refreshToken));
        var body = (await ReadJson(response)).AsObject();
        return new Rotated(body, body["newtoken"]!.GetValue<string>(), body["newrefreshtoken"]!.GetValue<string>());
    }

    private sealed record Rotated(JsonObject Body, string AccessToken, string RefreshToken);
}

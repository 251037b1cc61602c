using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>Spec 6.6 with docs/contract.md §3.</summary>
public sealed class ChangePasswordTests(MspApiFactory api) : AuthTest(api)
{
    private const string NewPassword = "Jorge#2027";

    [Theory]
    [InlineData("New_password", "New_password_repeat")]
    [InlineData("Current_password", "New_password_repeat")]
    [InlineData("Current_password", "New_password")]
    [InlineData("Current_password")]
    [InlineData]
    public async Task Each_missing_field_is_missing_parameters(params string[] sent)
    {
        var login = await SignInByUidAsync();
        var all = new Dictionary<string, string>
        {
            ["Current_password"] = JorgePassword,
            ["New_password"] = NewPassword,
            ["New_password_repeat"] = NewPassword,
        };

        // A field left out and a field sent empty are the same thing.
        var omitted = Form(sent.Select(name => (name, all[name])).ToArray());
        var emptied = Form(all.Select(f => (f.Key, sent.Contains(f.Key) ? f.Value : "")).ToArray());

        await AssertBody(await PostAsync("/changePassword", omitted, login.AccessToken), HttpStatusCode.Unauthorized, AuthBodies.MissingParameters);
        await AssertBody(await PostAsync("/changePassword", emptied, login.AccessToken), HttpStatusCode.Unauthorized, AuthBodies.MissingParameters);
    }

    [Theory]
    [InlineData("Wrong#2016", NewPassword, NewPassword)]
    [InlineData(JorgePassword, NewPassword, "Jorge#2028")]
    [InlineData(JorgePassword, "Jo#27", "Jo#27")]
    [InlineData(JorgePassword, JorgePassword, JorgePassword)]
    public async Task A_wrong_current_password_a_differing_repeat_a_short_or_unchanged_password_are_bad_parameters(
        string current, string newPassword, string repeat)
    {
        var login = await SignInByUidAsync();
        var before = await AccountStateAsync();

        await AssertBody(
            await PostAsync("/changePassword", ChangeForm(current, newPassword, repeat), login.AccessToken),
            HttpStatusCode.Forbidden,
            AuthBodies.BadParameters);

        // Nothing changed: same hash, no token revoked, the token still works.
        Assert.Equal(before, await AccountStateAsync());
        await AssertAuthenticatesAsync(955, login.AccessToken);
    }

    [Fact]
    public async Task A_password_over_the_length_limit_is_bad_parameters()
    {
        var login = await SignInByUidAsync();
        var tooLong = new string('p', 129);

        await AssertBody(
            await PostAsync("/changePassword", ChangeForm(JorgePassword, tooLong, tooLong), login.AccessToken),
            HttpStatusCode.Forbidden,
            AuthBodies.BadParameters);
    }

    [Fact]
    public async Task Without_a_live_token_it_is_unauthorized_client()
    {
        await AssertBody(
            await PostAsync("/changePassword", ChangeForm(JorgePassword, NewPassword, NewPassword)),
            HttpStatusCode.BadRequest,
            AuthBodies.UnauthorizedClient);
        await AssertBody(
            await PostAsync("/changePassword", ChangeForm(JorgePassword, NewPassword, NewPassword), new string('A', 40)),
            HttpStatusCode.BadRequest,
            AuthBodies.UnauthorizedClient);

        // Authentication comes first: without a token, missing fields are not even looked at.
        await AssertBody(await PostAsync("/changePassword", Form()), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
    }

    [Fact]
    public async Task A_change_replaces_the_password_and_revokes_every_other_token_of_the_account()
    {
        var current = await SignInByUidAsync();
        var other = await SignInByUidAsync();
        var third = await SignInByUidAsync();
        var otherAccount = await SignInAsync("demo.vzug", DemoVzugPassword);

        await AssertBody(
            await PostAsync("/changePassword", ChangeForm(JorgePassword, NewPassword, NewPassword), current.AccessToken),
            HttpStatusCode.OK,
            AuthBodies.PasswordChanged);

        await AssertAuthenticatesAsync(955, current.AccessToken);
        await AssertAuthenticatesAsync(955, cookie: current.Cookie);
        await AssertRejectedAsync(other.AccessToken);
        await AssertRejectedAsync(cookie: other.Cookie);
        await AssertRejectedAsync(third.AccessToken);
        await AssertAuthenticatesAsync(1097, otherAccount.AccessToken);

        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", JorgePassword))),
            HttpStatusCode.Unauthorized,
            AuthBodies.IncorrectCredentials);
        await SignInAsync("jorge", NewPassword);
    }

    [Fact]
    public async Task The_session_cookie_may_stand_for_the_token()
    {
        var login = await SignInByUidAsync();

        await AssertBody(
            await PostAsync("/changePassword", ChangeForm(JorgePassword, NewPassword, NewPassword), cookie: login.Cookie),
            HttpStatusCode.OK,
            AuthBodies.PasswordChanged);

        await AssertAuthenticatesAsync(955, login.AccessToken);
    }

    private static FormUrlEncodedContent ChangeForm(string current, string newPassword, string repeat) =>
        Form(("Current_password", current), ("New_password", newPassword), ("New_password_repeat", repeat));

    /// <summary>Jorge's password hash and how many tokens are revoked: what a change would alter.</summary>
    private async Task<(object? Hash, long Revoked)> AccountStateAsync() =>
        (await ScalarAsync("SELECT password_hash FROM accounts WHERE id = 955"),
            await CountAsync("SELECT COUNT(*) FROM access_tokens WHERE revoked_at IS NOT NULL"));
}

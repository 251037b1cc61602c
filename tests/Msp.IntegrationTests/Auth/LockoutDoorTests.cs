using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// ADR 15: every password check is a door of the same lockout. Guesses through changePassword count with failed
/// logins, a locked account's device uid does not sign it in, and parallel guesses never get past the threshold.
/// </summary>
public sealed class LockoutDoorTests(MspApiFactory api) : AuthTest(api)
{
    private const int Threshold = 10;

    [Fact]
    public async Task Wrong_current_passwords_in_changePassword_lock_the_account_and_then_the_right_one_fails_too()
    {
        var login = await SignInAsync("jorge", JorgePassword);
        for (var i = 0; i < Threshold; i++)
        {
            await AssertBody(await ChangeAsync(login.AccessToken, "Not#ThePassword"), HttpStatusCode.Forbidden, AuthBodies.BadParameters);
        }

        Assert.Equal(Threshold, await FailedLoginsOfJorgeAsync());
        await AssertBody(await ChangeAsync(login.AccessToken, JorgePassword), HttpStatusCode.Forbidden, AuthBodies.BadParameters);
        await AssertBody(await LogInAsync("jorge", JorgePassword), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
        Assert.Equal(Threshold, await FailedLoginsOfJorgeAsync());

        Api.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(login.AccessToken, JorgePassword)).StatusCode);
        Assert.Equal(0, await FailedLoginsOfJorgeAsync());
    }

    [Fact]
    public async Task Failed_logins_and_wrong_current_passwords_count_together()
    {
        var login = await SignInAsync("jorge", JorgePassword);
        for (var i = 0; i < Threshold / 2; i++)
        {
            await LogInAsync("jorge", "not-the-password");
            await ChangeAsync(login.AccessToken, "Not#ThePassword");
        }

        await AssertBody(await LogInAsync("jorge", JorgePassword), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_by_its_device_uid()
    {
        for (var i = 0; i < Threshold; i++)
        {
            await LogInAsync("jorge", "not-the-password");
        }

        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("uid", JorgeUid))),
            HttpStatusCode.Unauthorized,
            AuthBodies.IncorrectCredentials);

        Api.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await SignInByUidAsync();
    }

    [Fact]
    public async Task Fifty_parallel_wrong_logins_count_exactly_the_threshold()
    {
        var guesses = Enumerable.Range(0, 50).Select(i => LogInAsync("jorge", $"guess-{i}"));

        var answers = await Task.WhenAll(guesses);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode));
        Assert.Equal(Threshold, await FailedLoginsOfJorgeAsync());
    }

    private Task<HttpResponseMessage> LogInAsync(string login, string password) =>
        Client.PostAsync("/auth/login", Form(("email", login), ("password", password)));

    private Task<HttpResponseMessage> ChangeAsync(string token, string currentPassword) =>
        PostAsync(
            "/changePassword",
            Form(("Current_password", currentPassword), ("New_password", "Jorge#2017"), ("New_password_repeat", "Jorge#2017")),
            token);

    private async Task<long> FailedLoginsOfJorgeAsync() => await CountAsync("SELECT failed_logins FROM accounts WHERE id = 955");
}

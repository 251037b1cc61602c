using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>docs/contract.md §3 "Brute force": 10 failures within 15 minutes lock the account for 15 minutes, silently.</summary>
public sealed class LoginLockoutTests(MspApiFactory api) : AuthTest(api)
{
    private const int Threshold = 10;

    [Fact]
    public async Task Ten_failures_lock_the_account_even_against_the_right_password_until_15_minutes_pass()
    {
        // Failures by username and by email count for the same account.
        await FailAsync("jorge", Threshold / 2);
        await FailAsync("jorge.sanchez@casacom.ch", Threshold / 2);
        Assert.Equal(Threshold, await FailedLoginsOfJorgeAsync());

        // Nothing tells the caller that the account is locked: the right password gets the wrong password's answer.
        await AssertBody(await LogInAsync("jorge", JorgePassword), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
        await AssertBody(await LogInAsync("JORGE.SANCHEZ@CASACOM.CH", JorgePassword), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);

        // The lock is the account's, not the caller's: another account logs in meanwhile.
        await SignInAsync("demo.vzug", DemoVzugPassword);

        Api.Clock.Advance(TimeSpan.FromMinutes(14));
        await AssertBody(await LogInAsync("jorge", JorgePassword), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);

        Api.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var login = await SignInAsync("jorge", JorgePassword);
        await AssertAuthenticatesAsync(955, login.AccessToken);
        Assert.Equal(0, await FailedLoginsOfJorgeAsync());
    }

    [Fact]
    public async Task A_success_resets_the_counter()
    {
        await FailAsync("jorge", Threshold - 1);
        Assert.Equal(Threshold - 1, await FailedLoginsOfJorgeAsync());

        await SignInAsync("jorge", JorgePassword);
        Assert.Equal(0, await FailedLoginsOfJorgeAsync());

        // Without the reset this would be the tenth failure, and the lock would refuse the right password next.
        await FailAsync("jorge", 1);
        Assert.Equal(1, await FailedLoginsOfJorgeAsync());
        await SignInAsync("jorge", JorgePassword);
    }

    [Fact]
    public async Task Failures_older_than_the_window_no_longer_count()
    {
        await FailAsync("jorge", Threshold - 1);

        Api.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await FailAsync("jorge", 1);

        Assert.Equal(1, await FailedLoginsOfJorgeAsync());
        await SignInAsync("jorge", JorgePassword);
    }

    private Task<HttpResponseMessage> LogInAsync(string login, string password) =>
        Client.PostAsync("/auth/login", Form(("email", login), ("password", password)));

    private async Task FailAsync(string login, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await AssertBody(await LogInAsync(login, "not-the-password"), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
        }
    }

    private async Task<long> FailedLoginsOfJorgeAsync() => await CountAsync("SELECT failed_logins FROM accounts WHERE id = 955");
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>Spec 6.37: the push token of one app on the caller's device, one per account, app and platform.</summary>
public sealed class SetDeviceTokenTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task The_token_is_stored_for_the_caller()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync(SetPath("ch.lindaufiber.app", "Android", "fcm-token-1"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        Assert.Equal(["955|ch.lindaufiber.app|Android|fcm-token-1"], await PushTokensAsync());
    }

    [Fact]
    public async Task Setting_it_again_replaces_the_token_of_that_app_and_platform()
    {
        var login = await SignInByUidAsync();
        await AssertBody(await GetAsync(SetPath("app", "Android", "first"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        await AssertBody(await GetAsync(SetPath("app", "ANDROID", "second"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        Assert.Equal(["955|app|Android|second"], await PushTokensAsync());
    }

    [Fact]
    public async Task The_platform_is_matched_in_any_case_and_stored_as_the_spec_spells_it()
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync(SetPath("app-a", "android", "a"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);
        await AssertBody(await GetAsync(SetPath("app-b", "IOS", "b"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);
        await AssertBody(await GetAsync(SetPath("app-b", "ios", "c"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);
        await AssertBody(await GetAsync(SetPath("app-b", "Android", "d"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        Assert.Equal(["955|app-a|Android|a", "955|app-b|iOS|c", "955|app-b|Android|d"], await PushTokensAsync());
    }

    [Fact]
    public async Task Each_account_keeps_its_own_token()
    {
        var jorge = await SignInByUidAsync();
        var vzug = await SignInAsync("demo.vzug", DemoVzugPassword);

        await AssertBody(await GetAsync(SetPath("app", "iOS", "jorge"), jorge.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);
        await AssertBody(await GetAsync(SetPath("app", "iOS", "vzug"), vzug.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        Assert.Equal(["955|app|iOS|jorge", "1097|app|iOS|vzug"], await PushTokensAsync());
    }

    [Fact]
    public async Task Without_a_live_token_it_is_unauthorized_client_and_nothing_is_stored()
    {
        await AssertBody(await GetAsync(SetPath("app", "iOS", "t")), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
        await AssertBody(await GetAsync(SetPath("app", "iOS", "t"), new string('A', 40)), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);
        await AssertBody(await GetAsync("/setDeviceToken"), HttpStatusCode.BadRequest, AuthBodies.UnauthorizedClient);

        Assert.Empty(await PushTokensAsync());
    }

    [Theory]
    [InlineData("Platform=iOS&DeviceToken=t")]
    [InlineData("App_ID=app&DeviceToken=t")]
    [InlineData("App_ID=app&Platform=iOS")]
    [InlineData("App_ID=&Platform=iOS&DeviceToken=t")]
    [InlineData("App_ID=app&Platform=&DeviceToken=t")]
    [InlineData("App_ID=app&Platform=iOS&DeviceToken=")]
    [InlineData("")]
    public async Task A_missing_parameter_is_missing_parameters(string query)
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync("/setDeviceToken?" + query, login.AccessToken), HttpStatusCode.BadRequest, AuthBodies.MissingParameters);

        Assert.Empty(await PushTokensAsync());
    }

    [Theory]
    [InlineData("Windows")]
    [InlineData("Android ")]
    [InlineData("i OS")]
    [InlineData("1")]
    public async Task An_unknown_platform_is_bad_parameters(string platform)
    {
        var login = await SignInByUidAsync();

        await AssertBody(await GetAsync(SetPath("app", platform, "t"), login.AccessToken), HttpStatusCode.BadRequest, AuthBodies.BadParameters);

        Assert.Empty(await PushTokensAsync());
    }

    /// <summary>Issue 23 §3: 300 app ids registered by one account used to fan one push out to 300 devices.</summary>
    [Fact]
    public async Task An_account_keeps_its_ten_devices_refreshed_last_so_one_push_reaches_at_most_ten()
    {
        var login = await SignInByUidAsync();
        for (var i = 1; i <= 30; i++)
        {
            await AssertBody(await GetAsync(SetPath($"app{i}", "Android", $"fcm-token-{i}"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);
            Api.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Refreshing an old one keeps it: what counts is when an app last set its token.
        await AssertBody(await GetAsync(SetPath("app21", "Android", "fcm-token-21b"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);
        Api.Clock.Advance(TimeSpan.FromSeconds(1));
        await AssertBody(await GetAsync(SetPath("app31", "Android", "fcm-token-31"), login.AccessToken), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        Assert.Equal(
            ["955|app21|Android|fcm-token-21b", .. Enumerable.Range(23, 9).Select(i => $"955|app{i}|Android|fcm-token-{i}")],
            await PushTokensAsync());

        using var push = await Client.GetAsync($"/sendPushNotification?access_token={await TokenOf("admin")}&User_id=955&Text=Hello");
        await AssertBody(push, HttpStatusCode.OK, "[]");
        Assert.Equal(10L, await CountAsync("SELECT COUNT(*) FROM outbox WHERE channel = 'push'"));
    }

    [Theory]
    [InlineData("app", "token with spaces")]
    [InlineData("app", "token\u0007")]
    [InlineData("app", "tökén")]
    [InlineData("app/../x", "token")]
    [InlineData("app", "1025")]
    public async Task A_token_or_app_id_no_push_service_issues_is_bad_parameters(string appId, string deviceToken)
    {
        var login = await SignInByUidAsync();
        var token = deviceToken == "1025" ? new string('A', 1025) : deviceToken;

        await AssertBody(await GetAsync(SetPath(appId, "Android", token), login.AccessToken), HttpStatusCode.BadRequest, AuthBodies.BadParameters);

        Assert.Empty(await PushTokensAsync());
    }

    /// <summary>The stored push tokens as <c>account|app|platform|token</c>, oldest first.</summary>
    private async Task<List<string>> PushTokensAsync() =>
        (await RowsAsync("SELECT account_id, app_id, platform, device_token FROM device_push_tokens ORDER BY id"))
            .Select(r => string.Join('|', r))
            .ToList();

    private static string SetPath(string appId, string platform, string deviceToken) =>
        $"/setDeviceToken?App_ID={Uri.EscapeDataString(appId)}&Platform={Uri.EscapeDataString(platform)}&DeviceToken={Uri.EscapeDataString(deviceToken)}";
}

using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// Spec 6.30 <c>GET /sendPushGroup</c> and 6.31 <c>GET /sendPushNotification</c>: one outbox row per registered device
/// token, the documented bodies, and who may push to whom (P own BP, S subscribed users, A everyone).
/// </summary>
public sealed class SendPushTests(MspApiFactory api) : ApiTest(api)
{
    private const string Queued = "[]";
    private const string NoMembers = """{"error":"error","error_description":"no members in this group."}""";
    private const string Unauthorized =
        """{"error":"unauthorized_client","error_description":"The cliente is not authorized to request an access token using this method."}""";

    [Fact]
    public async Task A_push_to_a_user_queues_one_message_per_registered_device()
    {
        await RegisterDeviceAsync("jorge", "ch.lindau.app", "Android", "fcm-token-955");
        await RegisterDeviceAsync("jorge", "ch.lindau.app", "iOS", "apns-token-955");
        var token = await TokenOf("admin");

        using var response = await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=955&Text=Your+parcel+is+here");

        await AssertBody(response, HttpStatusCode.OK, Queued);
        var rows = await OutboxRow.AllAsync(Api);
        Assert.Equal(
            [("push", "fcm-token-955", "Your parcel is here", "pending"), ("push", "apns-token-955", "Your parcel is here", "pending")],
            rows.Select(r => (r.Channel, r.Recipient, r.Body, r.Status)));
    }

    [Fact]
    public async Task A_user_without_a_device_gets_no_members_and_nothing_is_queued()
    {
        var token = await TokenOf("admin");

        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=1097&Text=Hello"), HttpStatusCode.OK, NoMembers);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Theory]
    [InlineData("vzug.admin", 1154, Queued)] // P: a user of its BP
    [InlineData("vzug.admin", 955, NoMembers)] // P: another BP's user, answered as one without devices
    [InlineData("lindau.admin", 955, Queued)]
    [InlineData("docman", 955, Queued)] // S: a user subscribed to its service
    [InlineData("docman", 1154, NoMembers)] // S: a user not subscribed to it
    [InlineData("admin", 1154, Queued)]
    [InlineData("admin", 896, NoMembers)] // a disabled account gets no pushes
    [InlineData("admin", 999999, NoMembers)] // unknown: as out of reach
    [InlineData("jorge", 955, Unauthorized)] // E may not push, not even to itself
    public async Task Tenant_scope_decides_who_may_push_to_whom(string login, long userId, string expected)
    {
        await RegisterDeviceAsync("antonio", "ch.vzug.app", "Android", "fcm-token-1154");
        await RegisterDeviceAsync("jorge", "ch.lindau.app", "Android", "fcm-token-955");
        await RegisterDeviceAsync("mickey", "ch.vzug.app", "Android", "fcm-token-896");
        var token = await TokenOf(login);

        using var response = await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id={userId}&Text=Hello");

        await AssertBody(response, expected == Unauthorized ? HttpStatusCode.BadRequest : HttpStatusCode.OK, expected);
        Assert.Equal(expected == Queued ? 1 : 0, (await OutboxRow.AllAsync(Api)).Count);
    }

    [Fact]
    public async Task A_push_to_a_group_reaches_every_active_member_with_a_device()
    {
        await RegisterDeviceAsync("antonio", "ch.vzug.app", "Android", "fcm-token-1154");
        await RegisterDeviceAsync("demo.vzug", "ch.vzug.app", "iOS", "apns-token-1097");
        await RegisterDeviceAsync("mickey", "ch.vzug.app", "Android", "fcm-token-896");
        var token = await TokenOf("vzug.admin");

        using var response = await Client.GetAsync($"/sendPushGroup?access_token={token}&groupID=5&Text=Water+off+at+10");

        await AssertBody(response, HttpStatusCode.OK, Queued);
        var recipients = (await OutboxRow.AllAsync(Api)).Select(r => r.Recipient).Order().ToArray();
        Assert.Equal(["apns-token-1097", "fcm-token-1154"], recipients); // 896 is disabled
    }

    [Theory]
    [InlineData("vzug.admin", 5, Queued)]
    [InlineData("vzug.admin", 1, NoMembers)] // another BP's group, answered as an unknown one
    [InlineData("lindau.admin", 5, NoMembers)]
    [InlineData("lindau.admin", 1, NoMembers)] // its group, but 955 registered no device
    [InlineData("admin", 5, Queued)]
    [InlineData("admin", 999, NoMembers)] // unknown group
    [InlineData("docman", 5, Unauthorized)] // S and E may not push to groups
    [InlineData("demo.vzug", 5, Unauthorized)]
    public async Task Group_pushes_stay_in_the_callers_BP(string login, long groupId, string expected)
    {
        await RegisterDeviceAsync("antonio", "ch.vzug.app", "Android", "fcm-token-1154");
        var token = await TokenOf(login);

        using var response = await Client.GetAsync($"/sendPushGroup?access_token={token}&groupID={groupId}&Text=Hello");

        await AssertBody(response, expected == Unauthorized ? HttpStatusCode.BadRequest : HttpStatusCode.OK, expected);
        Assert.Equal(expected == Queued ? 1 : 0, (await OutboxRow.AllAsync(Api)).Count);
    }

    [Fact]
    public async Task Missing_or_malformed_parameters_and_no_token_get_their_bodies()
    {
        var token = await TokenOf("admin");
        const string missing = """{"msg":"Missing parameters"}""";
        const string bad = """{"msg":"Bad parameters"}""";

        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={token}&Text=Hello"), HttpStatusCode.BadRequest, missing);
        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=955"), HttpStatusCode.BadRequest, missing);
        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=x&Text=Hello"), HttpStatusCode.BadRequest, bad);
        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=955&Text={new string('x', 1001)}"), HttpStatusCode.BadRequest, bad);
        await AssertBody(await Client.GetAsync($"/sendPushGroup?access_token={token}&Text=Hello"), HttpStatusCode.BadRequest, missing);
        await AssertBody(await Client.GetAsync($"/sendPushGroup?access_token={token}&groupID=five&Text=Hello"), HttpStatusCode.BadRequest, bad);
        await AssertBody(await Client.GetAsync("/sendPushNotification?User_id=955&Text=Hello"), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await Client.GetAsync("/sendPushGroup?groupID=1&Text=Hello"), HttpStatusCode.BadRequest, Unauthorized);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    /// <summary>What setDeviceToken stores; written directly, since a disabled account (896) cannot call it.</summary>
    private async Task RegisterDeviceAsync(string login, string appId, string platform, string deviceToken)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO device_push_tokens (account_id, app_id, platform, device_token, created_at, updated_at)
            SELECT id, @AppId, @Platform, @DeviceToken, @Now, @Now FROM accounts WHERE username = @Login
            """,
            new { Login = login, AppId = appId, Platform = platform, DeviceToken = deviceToken, Now = Api.Clock.GetUtcNow().UtcDateTime });
    }
}

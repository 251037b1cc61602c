using System.Net;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>Spec 6.32 <c>GET /sendSMS</c>: the documented bodies, tenant scope (P own BP, S subscribed users, A), the outbox row.</summary>
public sealed class SendSmsTests(MspApiFactory api) : ApiTest(api)
{
    private const string Prepared = """{"status":"ok","msg":"1 sms prepared"}""";
    private const string EmptyMobil = """{"status":"error","msg":"empty mobil user"}""";
    private const string Unauthorized = """{"error":"unauthorized_client"}""";

    [Fact]
    public async Task Queues_an_sms_to_the_users_mobile_number()
    {
        var (token, _) = await TokensOf("admin");

        using var response = await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text=Your+technician+comes+at+10");

        await AssertBody(response, HttpStatusCode.OK, Prepared);
        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("sms", "+41783338763", "", "Your technician comes at 10", "pending"), (row.Channel, row.Recipient, row.Subject, row.Body, row.Status));
    }

    [Fact]
    public async Task A_user_without_a_mobile_number_gets_empty_mobil_user_and_nothing_is_queued()
    {
        var (token, _) = await TokensOf("admin");

        using var response = await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=1097&Text=Hello");

        await AssertBody(response, HttpStatusCode.OK, EmptyMobil);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Theory]
    [InlineData("vzug.admin", 1154, Prepared)] // P: a user of its BP
    [InlineData("vzug.admin", 1097, EmptyMobil)] // P: a user of its BP without a mobile number
    [InlineData("vzug.admin", 955, Unauthorized)] // P: a user of another BP
    [InlineData("lindau.admin", 955, Prepared)]
    [InlineData("docman", 955, Prepared)] // S: a user subscribed to its service
    [InlineData("docman", 1154, Unauthorized)] // S: a user not subscribed to it
    [InlineData("comlite", 1097, Unauthorized)]
    [InlineData("jorge", 955, Unauthorized)] // E may not send, not even to itself
    [InlineData("demo.vzug", 1154, Unauthorized)]
    [InlineData("demo.vzug", 955, Unauthorized)]
    [InlineData("admin", 1154, Prepared)] // A: anyone
    [InlineData("admin", 999999, Unauthorized)] // unknown: as out of reach
    public async Task Tenant_scope_decides_who_may_text_whom(string login, long userId, string expected)
    {
        var (token, _) = await TokensOf(login);

        using var response = await Client.GetAsync($"/sendSMS?access_token={token}&User_ID={userId}&Text=Hello");

        await AssertBody(response, expected == Unauthorized ? HttpStatusCode.BadRequest : HttpStatusCode.OK, expected);
        Assert.Equal(expected == Prepared ? 1 : 0, (await OutboxRow.AllAsync(Api)).Count);
    }

    [Fact]
    public async Task Missing_or_malformed_parameters_get_the_platforms_usual_bodies()
    {
        var (token, _) = await TokensOf("admin");
        const string missing = """{"msg":"Missing parameters"}""";
        const string bad = """{"msg":"Bad parameters"}""";

        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&Text=Hello"), HttpStatusCode.BadRequest, missing);
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955"), HttpStatusCode.BadRequest, missing);
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=abc&Text=Hello"), HttpStatusCode.BadRequest, bad);
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text={new string('x', 1601)}"), HttpStatusCode.BadRequest, bad);
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text={new string('x', 1600)}"), HttpStatusCode.OK, Prepared);
        Assert.Single(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task No_token_gets_the_unauthorized_body()
    {
        await AssertBody(await Client.GetAsync("/sendSMS?User_ID=955&Text=Hello"), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={new string('x', 40)}&User_ID=955&Text=Hello"), HttpStatusCode.BadRequest, Unauthorized);
    }
}

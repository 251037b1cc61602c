using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>GET /getSIPInfo (spec 6.21, docs/contract.md §3): E about itself, S and A; a user's SIP account; 403 No user found.</summary>
public sealed class GetSIPInfoTests(MspApiFactory api) : HardwareTest(api)
{
    private const string NoUserFound = """{"msg":"No user found"}""";

    /// <summary>User 955's SIP account in the demo data; no password, ever.</summary>
    private const string JorgeSip = """
        {"data":{"username":"41783338763","domain":"sip.lindaufiber.ch","proxy":"proxy.lindaufiber.ch:5060",
                 "phone_mac":"AA:BB:CC:00:19:55","phone_mac_model":"GXP1610","status":1}}
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/getSIPInfo?UserID=955");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.BadRequest, UnauthorizedClient);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("docman")]
    [InlineData("comlite")]
    [InlineData("admin")]
    public async Task The_users_SIP_account_is_answered_to_itself_its_services_and_the_admin(string caller)
    {
        var token = await TokenOf(caller);

        await AssertBody(await GetAsync("/getSIPInfo?UserID=955", token), HttpStatusCode.OK, JorgeSip);
    }

    [Theory]
    [InlineData("/getSIPInfo?UserID=1097")]    // a user without a SIP account
    [InlineData("/getSIPInfo?UserID=99999")]   // no such user
    [InlineData("/getSIPInfo?UserID=abc")]
    [InlineData("/getSIPInfo")]
    public async Task No_SIP_account_or_no_such_user_gets_403_No_user_found(string uri)
    {
        var token = await TokenOf("admin");

        await AssertBody(await GetAsync(uri, token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task An_end_user_asking_about_another_user_gets_No_user_found()
    {
        await InsertSipAccountAsync(1097);

        await AssertBody(await GetAsync("/getSIPInfo?UserID=1097", await TokenOf("jorge")), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task A_partner_admin_gets_the_documented_403()
    {
        var token = await TokenOf("lindau.admin");

        await AssertBody(await GetAsync("/getSIPInfo?UserID=955", token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task A_service_sees_only_its_subscribers_as_if_the_others_did_not_exist()
    {
        await InsertSipAccountAsync(1154);

        await AssertBody(await GetAsync("/getSIPInfo?UserID=1154", await TokenOf("docman")), HttpStatusCode.Forbidden, NoUserFound);
        var body = await ReadJson(await GetAsync("/getSIPInfo?UserID=1154", await TokenOf("admin")));
        Assert.Equal("1154", body["data"]!["username"]!.GetValue<string>());
    }

    private async Task InsertSipAccountAsync(long userId)
    {
        await using var connection = await Api.OpenAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await connection.ExecuteAsync(
            """
            INSERT INTO sip_accounts (account_id, username, domain, proxy, phone_mac, phone_mac_model, status, created_at, updated_at)
            VALUES (@UserId, @Username, 'sip.example.ch', '', '', '', 0, @Now, @Now)
            """,
            new { UserId = userId, Username = userId.ToString(System.Globalization.CultureInfo.InvariantCulture), Now = now });
    }
}

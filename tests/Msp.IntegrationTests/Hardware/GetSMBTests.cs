using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>GET /getSMB (spec 6.22): S and A; a user's SMB boxes; 401 No SMB data found; its own unauthorized body.</summary>
public sealed class GetSMBTests(MspApiFactory api) : HardwareTest(api)
{
    private const string Unauthorized = """{"msg":"unauthorized_client"}""";

    private const string NoSmbDataFound = """{"msg":"No SMB data found"}""";

    /// <summary>Spec 6.22's example, which is user 955's boxes in the demo data.</summary>
    private const string JorgeBoxes = """
        {"list":[
          {"mac":"11:11:22:33:44:99","activation":null,"type":"smb1","status":0},
          {"mac":"11:11:22:33:44:77","activation":null,"type":"smb2","status":0},
          {"mac":"11:11:22:33:44:88","activation":null,"type":"smb3","status":0}]}
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_its_own_unauthorized_body(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/getSMB?User_ID=955");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Theory]
    [InlineData("admin", "/getSMB?User_ID=955")]
    [InlineData("docman", "/getSMB?user_id=955")]
    [InlineData("comlite", "/getSMB?UserID=955")]
    public async Task The_boxes_of_the_user_are_answered_as_the_spec_prints_them(string caller, string uri)
    {
        var token = await TokenOf(caller);

        await AssertBody(await GetAsync(uri, token), HttpStatusCode.OK, JorgeBoxes);
    }

    [Fact]
    public async Task A_page_carries_the_iterator()
    {
        var token = await TokenOf("admin");

        await AssertBody(
            await GetAsync("/getSMB?User_ID=955&offset=1&limit=1", token),
            HttpStatusCode.OK,
            """
            {"list":[{"mac":"11:11:22:33:44:77","activation":null,"type":"smb2","status":0}],
             "iterator":{"existsPrev":true,"existsNext":true,"count":3}}
            """);
    }

    [Fact]
    public async Task The_boxes_of_every_address_of_the_user_come_by_address_and_slot()
    {
        await InsertAddressAsync(955, "AA:BB:CC:00:09:99", "11:11:22:33:44:55");
        var token = await TokenOf("docman");

        var list = (await ReadJson(await GetAsync("/getSMB?User_ID=955", token)))["list"]!.AsArray();

        Assert.Equal(
            ["11:11:22:33:44:99", "11:11:22:33:44:77", "11:11:22:33:44:88", "11:11:22:33:44:55"],
            list.Select(box => box!["mac"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/getSMB?User_ID=1097")]    // a user without boxes
    [InlineData("/getSMB?User_ID=99999")]   // no such user
    [InlineData("/getSMB?User_ID=abc")]
    [InlineData("/getSMB?User_ID=")]
    [InlineData("/getSMB")]
    public async Task No_boxes_or_no_such_user_gets_401_No_SMB_data_found(string uri)
    {
        var token = await TokenOf("admin");

        await AssertBody(await GetAsync(uri, token), HttpStatusCode.Unauthorized, NoSmbDataFound);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    public async Task End_users_and_partner_admins_get_the_unauthorized_body(string caller)
    {
        var token = await TokenOf(caller);

        await AssertBody(await GetAsync("/getSMB?User_ID=955", token), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Fact]
    public async Task A_service_sees_only_its_subscribers_as_if_the_others_did_not_exist()
    {
        await InsertAddressAsync(1154, "AA:BB:CC:00:11:54", "11:11:22:33:11:54");

        await AssertBody(await GetAsync("/getSMB?User_ID=1154", await TokenOf("docman")), HttpStatusCode.Unauthorized, NoSmbDataFound);
        await AssertBody(
            await GetAsync("/getSMB?User_ID=1154", await TokenOf("admin")),
            HttpStatusCode.OK,
            """{"list":[{"mac":"11:11:22:33:11:54","activation":null,"type":"smb1","status":0}]}""");
    }
}

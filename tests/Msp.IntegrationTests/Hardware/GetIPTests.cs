using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>GET /getIP (spec 6.17): S and A; the IP a user's ISG last reported; 403 Site access denied otherwise.</summary>
public sealed class GetIPTests(MspApiFactory api) : HardwareTest(api)
{
    private const string Unauthorized = """{"error":"unauthorized client"}""";

    private const string SiteAccessDenied = """{"msg":"Site access denied"}""";

    private const string JorgeIp = """{"ip":"8.8.8.8","msg":"ok"}""";

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_its_own_unauthorized_body(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/getIP?UserID=955&Isg_mac=AA:BB:CC:00:09:55");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Theory]
    [InlineData("admin", "AA:BB:CC:00:09:55")]
    [InlineData("docman", "aa:bb:cc:00:09:55")]
    [InlineData("comlite", "AA-BB-CC-00-09-55")]
    [InlineData("comlite", "aabbcc000955")]
    public async Task The_ISG_of_the_user_answers_its_IP_however_the_MAC_is_written(string caller, string isgMac)
    {
        var token = await TokenOf(caller);

        await AssertBody(await GetAsync($"/getIP?UserID=955&Isg_mac={Uri.EscapeDataString(isgMac)}", token), HttpStatusCode.OK, JorgeIp);
    }

    [Fact]
    public async Task The_parameters_may_come_from_a_form_with_other_spellings()
    {
        var token = await TokenOf("admin");

        await AssertBody(await PostAsync("/getIP", token, ("user_id", "955"), ("ISG_MAC", "AA:BB:CC:00:09:55")), HttpStatusCode.OK, JorgeIp);
    }

    [Theory]
    [InlineData("/getIP?UserID=955&Isg_mac=AA:BB:CC:00:09:56")]   // no such ISG
    [InlineData("/getIP?UserID=1097&Isg_mac=AA:BB:CC:00:09:55")]  // another user's ISG
    [InlineData("/getIP?UserID=99999&Isg_mac=AA:BB:CC:00:09:55")] // no such user
    [InlineData("/getIP?UserID=955&Isg_mac=not-a-mac")]
    [InlineData("/getIP?UserID=955&Isg_mac=AA:BB:CC:00:09")]
    [InlineData("/getIP?UserID=abc&Isg_mac=AA:BB:CC:00:09:55")]
    [InlineData("/getIP?Isg_mac=AA:BB:CC:00:09:55")]
    public async Task A_user_or_ISG_that_is_not_there_gets_Site_access_denied(string uri)
    {
        var token = await TokenOf("admin");

        await AssertBody(await GetAsync(uri, token), HttpStatusCode.Forbidden, SiteAccessDenied);
    }

    [Theory]
    [InlineData("/getIP?UserID=955")]
    [InlineData("/getIP?UserID=955&Isg_mac=")]
    public async Task A_missing_MAC_gets_the_usual_Missing_parameters(string uri)
    {
        var token = await TokenOf("docman");

        await AssertBody(await GetAsync(uri, token), HttpStatusCode.BadRequest, MissingParameters);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    public async Task End_users_and_partner_admins_get_Site_access_denied(string caller)
    {
        var token = await TokenOf(caller);

        await AssertBody(await GetAsync("/getIP?UserID=955&Isg_mac=AA:BB:CC:00:09:55", token), HttpStatusCode.Forbidden, SiteAccessDenied);
        await AssertBody(await GetAsync("/getIP", token), HttpStatusCode.Forbidden, SiteAccessDenied);
    }

    [Fact]
    public async Task A_service_sees_only_its_subscribers_as_if_the_others_did_not_exist()
    {
        await InsertAddressAsync(1154, "AA:BB:CC:00:11:54");

        await AssertBody(
            await GetAsync("/getIP?UserID=1154&Isg_mac=AA:BB:CC:00:11:54", await TokenOf("docman")), HttpStatusCode.Forbidden, SiteAccessDenied);
        await AssertBody(
            await GetAsync("/getIP?UserID=1154&Isg_mac=AA:BB:CC:00:11:54", await TokenOf("admin")), HttpStatusCode.OK, """{"ip":"1.2.3.4","msg":"ok"}""");
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>POST /updateIP (spec 6.38): S and A; an ISG, named by its MAC, reports its public IP (IPv4 or IPv6).</summary>
public sealed class UpdateIPTests(MspApiFactory api) : HardwareTest(api)
{
    private const string InvalidIsgMac = """{"msg":"Invalid ISG MAC"}""";

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(
            await PostAsync("/updateIP", token, ("isg_ip", "9.9.9.9"), ("Isg_mac", "AA:BB:CC:00:09:55")), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal("8.8.8.8", (await IsgIpAsync(JorgeHome)).Ip);
    }

    [Theory]
    [InlineData("docman", "AA:BB:CC:00:09:55")]
    [InlineData("comlite", "aa:bb:cc:00:09:55")]
    [InlineData("admin", "AA-BB-CC-00-09-55")]
    [InlineData("admin", "aabbcc000955")]
    public async Task The_IP_is_stored_with_the_time_of_the_report_and_getIP_answers_it(string caller, string isgMac)
    {
        var token = await TokenOf(caller);
        Api.Clock.Advance(TimeSpan.FromMinutes(5));

        await AssertBody(await PostAsync("/updateIP", token, ("isg_ip", "85.1.2.3"), ("Isg_mac", isgMac)), HttpStatusCode.OK, Ok);

        var (ip, updatedAt) = await IsgIpAsync(JorgeHome);
        Assert.Equal(("85.1.2.3", WireNow), (ip, updatedAt?.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)));
        await AssertBody(await GetAsync("/getIP?UserID=955&Isg_mac=AA:BB:CC:00:09:55", token), HttpStatusCode.OK, """{"ip":"85.1.2.3","msg":"ok"}""");
    }

    [Theory]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2A02:1210:0:0:0:0:0:5", "2a02:1210::5")]
    public async Task An_IPv6_address_is_stored_and_answered_in_its_canonical_form(string written, string canonical)
    {
        var token = await TokenOf("docman");

        await AssertBody(await PostAsync("/updateIP", token, ("isg_ip", written), ("Isg_mac", "AA:BB:CC:00:09:55")), HttpStatusCode.OK, Ok);

        Assert.Equal(canonical, (await IsgIpAsync(JorgeHome)).Ip);
        await AssertBody(
            await GetAsync("/getIP?UserID=955&Isg_mac=AA:BB:CC:00:09:55", token), HttpStatusCode.OK, $$"""{"ip":"{{canonical}}","msg":"ok"}""");
    }

    [Theory]
    [InlineData("AA:BB:CC:00:09:56")]   // no such ISG
    [InlineData("11:11:22:33:44:99")]   // an SMB box, not an ISG
    [InlineData("not-a-mac")]
    [InlineData("AA:BB:CC:00:09:5")]
    public async Task A_MAC_that_names_no_ISG_gets_402_Invalid_ISG_MAC(string isgMac)
    {
        var token = await TokenOf("admin");

        await AssertBody(await PostAsync("/updateIP", token, ("isg_ip", "9.9.9.9"), ("Isg_mac", isgMac)), HttpStatusCode.PaymentRequired, InvalidIsgMac);
    }

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("9.9.9")]
    [InlineData("010.0.0.1")]
    [InlineData("fe80::1%eth0")]
    [InlineData("not-an-ip")]
    public async Task An_IP_that_is_not_one_gets_the_usual_Bad_parameters_and_nothing_changes(string isgIp)
    {
        var token = await TokenOf("admin");

        await AssertBody(await PostAsync("/updateIP", token, ("isg_ip", isgIp), ("Isg_mac", "AA:BB:CC:00:09:55")), HttpStatusCode.BadRequest, BadParameters);
        Assert.Equal(("8.8.8.8", (DateTime?)null), await IsgIpAsync(JorgeHome));
    }

    [Fact]
    public async Task A_MAC_that_is_not_one_answers_before_a_bad_IP()
    {
        var token = await TokenOf("admin");

        await AssertBody(await PostAsync("/updateIP", token, ("isg_ip", "bad"), ("Isg_mac", "bad")), HttpStatusCode.PaymentRequired, InvalidIsgMac);
    }

    [Theory]
    [InlineData("isg_ip", "9.9.9.9")]
    [InlineData("Isg_mac", "AA:BB:CC:00:09:55")]
    [InlineData("isg_ip", "")]
    public async Task A_missing_parameter_gets_the_usual_Missing_parameters(string name, string value)
    {
        var token = await TokenOf("docman");

        await AssertBody(await PostAsync("/updateIP", token, (name, value)), HttpStatusCode.BadRequest, MissingParameters);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    public async Task End_users_and_partner_admins_get_the_unauthorized_body(string caller)
    {
        var token = await TokenOf(caller);

        await AssertBody(
            await PostAsync("/updateIP", token, ("isg_ip", "9.9.9.9"), ("Isg_mac", "AA:BB:CC:00:09:55")), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal("8.8.8.8", (await IsgIpAsync(JorgeHome)).Ip);
    }

    [Fact]
    public async Task A_service_cannot_reach_the_ISG_of_a_user_it_does_not_serve_which_answers_as_one_that_is_nowhere()
    {
        var address = await InsertAddressAsync(1154, "AA:BB:CC:00:11:54");

        await AssertBody(
            await PostAsync("/updateIP", await TokenOf("docman"), ("isg_ip", "9.9.9.9"), ("Isg_mac", "AA:BB:CC:00:11:54")),
            HttpStatusCode.PaymentRequired,
            InvalidIsgMac);
        Assert.Equal("1.2.3.4", (await IsgIpAsync(address)).Ip);

        await AssertBody(await PostAsync("/updateIP", await TokenOf("admin"), ("isg_ip", "9.9.9.9"), ("Isg_mac", "AA:BB:CC:00:11:54")), HttpStatusCode.OK, Ok);
        Assert.Equal("9.9.9.9", (await IsgIpAsync(address)).Ip);
    }
}

using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Msp.Infrastructure.Addresses;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>
/// GET /checkHardware (spec 6.7): S and A; OK only when the OTO and the ISG MAC are those of one address (docs/contract.md §3).
/// docs/demo-data.md: address 194 of user 955 (jorge, subscribed to services 3–8) has OTO <c>OTO-0955</c> and ISG MAC
/// <c>AA:BB:CC:00:09:55</c>.
/// </summary>
public sealed class CheckHardwareTests(MspApiFactory api) : ApiTest(api)
{
    /// <summary>The module's unauthorized body; if the spec documents another for this operation, both change.</summary>
    private const string Unauthorized = """{"error":"unauthorized_client"}""";

    private const string Ok = """{"msg":"OK"}""";

    private const string Ko = """{"msg":"KO"}""";

    private const string MissingParameters = """{"msg":"Missing parameters."}""";

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod("GET"), "/checkHardware");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Theory]
    [InlineData("AA:BB:CC:00:09:55")]
    [InlineData("aa-bb-cc-00-09-55")]
    [InlineData("aabbcc000955")]
    public async Task The_OTO_and_ISG_MAC_of_one_address_are_OK_however_the_MAC_is_written(string isgMac)
    {
        var token = await TokenOf("admin");

        await AssertBody(await CheckAsync(token, "OTO-0955", isgMac), HttpStatusCode.OK, Ok);
    }

    [Theory]
    [InlineData("OTO-0955", "AA:BB:CC:00:09:56")]   // the OTO with another ISG
    [InlineData("OTO-0956", "AA:BB:CC:00:09:55")]   // the ISG with another OTO
    [InlineData("oto-0955", "AA:BB:CC:00:09:55")]   // OTO values are compared as written
    [InlineData("OTO-0955", "not-a-mac")]
    public async Task Anything_else_is_KO(string oto, string isgMac)
    {
        var token = await TokenOf("admin");

        await AssertBody(await CheckAsync(token, oto, isgMac), HttpStatusCode.OK, Ko);
    }

    [Fact]
    public async Task The_OTO_and_the_ISG_of_two_different_addresses_are_KO()
    {
        await InsertAddressAsync(955, "OTO-0955-B", "AA:BB:CC:00:09:99");
        var token = await TokenOf("admin");

        await AssertBody(await CheckAsync(token, "OTO-0955", "AA:BB:CC:00:09:99"), HttpStatusCode.OK, Ko);
        await AssertBody(await CheckAsync(token, "OTO-0955-B", "AA:BB:CC:00:09:99"), HttpStatusCode.OK, Ok);
    }

    [Theory]
    [InlineData("/checkHardware?Isg_mac=AA:BB:CC:00:09:55")]
    [InlineData("/checkHardware?Oto=OTO-0955")]
    [InlineData("/checkHardware?Oto=&Isg_mac=AA:BB:CC:00:09:55")]
    [InlineData("/checkHardware")]
    public async Task A_missing_parameter_gets_401_Missing_parameters(string uri)
    {
        var token = await TokenOf("docman");

        await AssertBody(await SendAsync(uri, token), HttpStatusCode.Unauthorized, MissingParameters);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    public async Task End_users_and_partner_admins_get_the_unauthorized_body(string caller)
    {
        var token = await TokenOf(caller);

        await AssertBody(await CheckAsync(token, "OTO-0955", "AA:BB:CC:00:09:55"), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await SendAsync("/checkHardware", token), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Theory]
    [InlineData("docman", 955, true)]     // service 3; user 955 is subscribed to it
    [InlineData("comlite", 955, true)]    // service 4; likewise
    [InlineData("docman", 1154, false)]   // user 1154 is subscribed to nothing: as if the hardware did not exist
    [InlineData("admin", 1154, true)]
    public async Task A_service_sees_only_the_hardware_of_its_subscribers(string caller, long owner, bool registered)
    {
        await InsertAddressAsync(owner, $"OTO-{owner}-X", "AA:BB:CC:00:77:77");
        var token = await TokenOf(caller);

        await AssertBody(await CheckAsync(token, $"OTO-{owner}-X", "AA:BB:CC:00:77:77"), HttpStatusCode.OK, registered ? Ok : Ko);
    }

    [Fact]
    public async Task Parameters_may_come_from_a_form_too()
    {
        var token = await TokenOf("comlite");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/checkHardware")
        {
            Content = Form(("Oto", "OTO-0955"), ("Isg_mac", "AA:BB:CC:00:09:55")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.OK, Ok);
    }

    private Task<HttpResponseMessage> CheckAsync(string token, string oto, string isgMac) =>
        SendAsync($"/checkHardware?Oto={Uri.EscapeDataString(oto)}&Isg_mac={Uri.EscapeDataString(isgMac)}", token);

    private async Task<HttpResponseMessage> SendAsync(string uri, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    private async Task InsertAddressAsync(long ownerId, string oto, string isgMac)
    {
        await using var connection = await Api.OpenAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await connection.ExecuteAsync(
            """
            INSERT INTO addresses (account_id, name, street_address, city, oto, isg_mac, created_at, updated_at)
            VALUES (@OwnerId, 'Test', 'Teststrasse', 'Zug', @Oto, @IsgMac, @Now, @Now)
            """,
            new { OwnerId = ownerId, Oto = oto, IsgMac = isgMac, Now = now });
        await connection.ExecuteAsync(DeviceMacRegistry.RegisterSql, new { AddressId = await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM addresses") });
    }
}

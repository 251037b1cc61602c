using System.Globalization;
using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Addresses;

public sealed class AddressCreateTests(MspApiFactory api) : AddressesTest(api)
{
    public static TheoryData<string, string> MalformedFields => new()
    {
        { "lat", "47,55" },
        { "lat", "91" },
        { "lat", "4.7e1" },
        { "lng", "-180.5" },
        { "lng", "east" },
        { "billing", "2" },
        { "installation", "yes" },
        { "type_address", "-1" },
        { "type", "x" },
        { "city_id", "abc" },
        { "city_id", "999999" },
        { "country_iso", "CHE" },
        { "isg_mac", "AA:BB:CC:DD:EE" },
        { "smb1_mac", "AA:BB-CC:DD:EE:FF" },
        { "phone_mac", "GG:BB:CC:DD:EE:FF" },
        { "ata_mac", "AA:BB:CC:DD:EE:FF:00" },
        { "mac", "AABBCCDDEEF" },
        { "name", new string('x', 256) },
        { "postcode", new string('1', 33) },
        { "letter", new string('A', 33) },
        { "name", "Home\nBcc: everyone@example.org" },
        { "street_address", "Markt \u202E1" },
        { "company", "Casacom\u0007" },
    };

    [Fact]
    public async Task End_user_creates_an_address_for_itself_and_sees_it_listed()
    {
        var token = await TokenOf("jorge");
        var now = WireNow();

        using var response = await SendAsync(HttpMethod.Post, "/address/create", token, Form(
            ("name", "Office"), ("gender", "male"), ("company", "Casacom"), ("firstname", "Jorge"), ("lastname", "Sanchez"),
            ("street_address", "Hauptstrasse"), ("street_number", "7a"), ("suburb", "Ettenhausen"), ("postcode", "8355"),
            ("city_id", "37"), ("floor", "3"), ("apartment_number", "12"), ("letter", "B"), ("building_name", "Haus B"),
            ("oto", "OTO-0955-2"), ("lat", "47.4925"), ("lng", "-8.9013"), ("billing", "0"), ("installation", "1"),
            ("type", "1"), ("type_address", "2"), ("custom_type_address", "Büro"), ("isg_mac", "aa-bb-cc-dd-ee-01"),
            ("smb1_mac", "aabbccddee02"), ("smb2_mac", "AA:BB:CC:DD:EE:03"), ("smb3_mac", "AA:BB:CC:DD:EE:04"),
            ("ata_mac", "AA:BB:CC:DD:EE:05"), ("ata_mac_model", "HT802"), ("phone_mac", "AA:BB:CC:DD:EE:06"),
            ("phone_mac_model", "GXP1610"), ("mac", "AA:BB:CC:DD:EE:07")));

        var id = (await ReadJson(response))["data"]!["id"]!.GetValue<long>();
        await AssertBody(response, HttpStatusCode.OK, $$$"""{"data":{"updated_at":"{{{now}}}","created_at":"{{{now}}}","id":{{{id}}}}}""");
        var address = AddressIn(await ListAsync(token, 955), id);
        AssertJson(address, $$"""
            {
              "id":"{{id}}","users_id":"955","gender":"male","company":"Casacom","firstname":"Jorge","lastname":"Sanchez",
              "letter":"B","floor":"3","street_address":"Hauptstrasse","street_number":"7a","suburb":"Ettenhausen",
              "postcode":"8355","city":"Aadorf","city_id":"37","state":"Thurgau","country_iso":"CH","type":"1",
              "created_at":"{{now}}","updated_at":"{{now}}","lat":"47.4925","lng":"-8.9013","apartment_number":"12",
              "oto":"OTO-0955-2","building_name":"Haus B","name":"Office","mac":"AA:BB:CC:DD:EE:07","isg_ip":"",
              "isg_mac":"AA:BB:CC:DD:EE:01","isg_mac_status":"0","isg_mac_status_date":null,
              "smb1_mac":"AA:BB:CC:DD:EE:02","smb1_mac_status":"0","smb1_mac_status_date":null,
              "smb2_mac":"AA:BB:CC:DD:EE:03","smb2_mac_status":"0","smb2_mac_status_date":null,
              "smb3_mac":"AA:BB:CC:DD:EE:04","smb3_mac_status":"0","smb3_mac_status_date":null,
              "ata_mac":"AA:BB:CC:DD:EE:05","ata_mac_status":"0","ata_mac_status_date":null,"ata_mac_model":"HT802",
              "phone_mac":"AA:BB:CC:DD:EE:06","phone_mac_status":"0","phone_mac_status_date":null,"phone_mac_model":"GXP1610",
              "billing":"0","installation":"1","updated_isg_at":"30.11.-0001 00:00:00","type_address":"2",
              "custom_type_address":"Büro","building_id":null,"size":null,"code":null,"addresses_status":null
            }
            """);
    }

    [Fact]
    public async Task Fields_not_given_take_their_defaults_and_a_city_name_needs_no_id()
    {
        var token = await TokenOf("admin");

        using var response = await SendAsync(HttpMethod.Post, "/address/create", token,
            Json(new { userID = 1154, street_address = "Seestrasse", city = "Zug", billing = 1 }));

        var id = (await ReadJson(response))["data"]!["id"]!.GetValue<long>();
        var address = AddressIn(await ListAsync(token, 1154), id);
        Assert.Equal("Zug", address["city"]!.GetValue<string>());
        Assert.Null(address["city_id"]);
        Assert.Equal("", address["state"]!.GetValue<string>());
        Assert.Equal("1", address["billing"]!.GetValue<string>());
        Assert.Equal("0", address["installation"]!.GetValue<string>());
        Assert.Equal("0", address["floor"]!.GetValue<string>());
        Assert.Equal("0", address["apartment_number"]!.GetValue<string>());
        Assert.Equal("0", address["ata_mac_model"]!.GetValue<string>());
        Assert.Null(address["letter"]);
    }

    [Theory]
    [MemberData(nameof(WriteScope))]
    public async Task Tenant_scope(string caller, long userId, bool allowed)
    {
        var token = await TokenOf(caller);
        var before = await CountAddressesAsync();

        using var response = await SendAsync(HttpMethod.Post, "/address/create", token,
            Form(("userID", userId.ToString(CultureInfo.InvariantCulture)), ("street_address", "Seestrasse"), ("city", "Zug")));

        if (allowed)
        {
            var id = (await ReadJson(response))["data"]!["id"]!.GetValue<long>();
            Assert.Equal(userId, await ScalarAsync<long>("SELECT account_id FROM addresses WHERE id = @id", new { id }));
        }
        else
        {
            await AssertBody(response, HttpStatusCode.BadRequest, UnauthorizedClient);
            Assert.Equal(before, await CountAddressesAsync());
        }
    }

    [Fact]
    public async Task A_user_of_another_BP_an_unknown_user_and_a_malformed_userID_get_the_same_answer()
    {
        var token = await TokenOf("vzug.admin");

        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/create", token, Form(("userID", "955"), ("street_address", "Markt"), ("city", "Zug"))),
            HttpStatusCode.BadRequest,
            UnauthorizedClient);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/create", token, Form(("userID", "999999"), ("street_address", "Markt"), ("city", "Zug"))),
            HttpStatusCode.BadRequest,
            UnauthorizedClient);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/create", token, Form(("userID", "x"), ("street_address", "Markt"), ("city", "Zug"))),
            HttpStatusCode.BadRequest,
            UnauthorizedClient);
        Assert.Equal(1, await CountAddressesAsync());
    }

    [Fact]
    public async Task Without_a_street_or_a_city_the_answer_is_Missing_parameters()
    {
        var token = await TokenOf("jorge");

        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/create", token, Form(("city", "Zug"), ("lat", "not a number"))),
            HttpStatusCode.BadRequest,
            MissingParameters);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/create", token, Form(("street_address", "Markt"), ("state", "Zug"))),
            HttpStatusCode.BadRequest,
            MissingParameters);
        Assert.Equal(1, await CountAddressesAsync());
    }

    [Theory]
    [MemberData(nameof(MalformedFields))]
    public async Task A_malformed_field_is_Bad_parameters_and_nothing_is_written(string field, string value)
    {
        var token = await TokenOf("jorge");

        using var response = await SendAsync(HttpMethod.Post, "/address/create", token,
            Form(("street_address", "Markt"), ("city", "Winterthur"), (field, value)));

        await AssertBody(response, HttpStatusCode.BadRequest, BadParameters);
        Assert.Equal(1, await CountAddressesAsync());
    }

    /// <summary>Issue 23 §6: a row per call is bounded per target (Addresses:MaxPerUser, 20).</summary>
    [Fact]
    public async Task An_account_holds_at_most_twenty_addresses()
    {
        for (var i = 0; i < 18; i++)
        {
            await InsertAddressAsync(955);
        }

        var token = await TokenOf("jorge");
        var fields = Form(("street_address", "Markt"), ("city", "Winterthur"));
        using var twentieth = await SendAsync(HttpMethod.Post, "/address/create", token, fields);
        Assert.Equal(HttpStatusCode.OK, twentieth.StatusCode);

        await AssertBody(await SendAsync(HttpMethod.Post, "/address/create", token, Form(("street_address", "Markt"), ("city", "Winterthur"))), HttpStatusCode.BadRequest, BadParameters);
        Assert.Equal(20, await CountAddressesAsync());

        // The limit is the target's: a partner admin cannot add a twenty-first for that user either, and another user still can.
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/create", await TokenOf("lindau.admin"), Form(("userID", "955"), ("street_address", "Markt"), ("city", "Zug"))),
            HttpStatusCode.BadRequest,
            BadParameters);
        using var other = await SendAsync(HttpMethod.Post, "/address/create", await TokenOf("demo.vzug"), Form(("street_address", "Markt"), ("city", "Zug")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Without_a_valid_token_the_answer_is_unauthorized_client()
    {
        var fields = new[] { ("userID", "955"), ("street_address", "Markt"), ("city", "Zug") };

        await AssertBody(await SendAsync(HttpMethod.Post, "/address/create", null, Form(fields)), HttpStatusCode.BadRequest, UnauthorizedClient);
        await AssertBody(await SendAsync(HttpMethod.Post, "/address/create", "not-a-token", Form(fields)), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal(1, await CountAddressesAsync());
    }
}

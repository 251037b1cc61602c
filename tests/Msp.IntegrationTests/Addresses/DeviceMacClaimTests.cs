using System.Globalization;
using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Addresses;

/// <summary>
/// A device MAC belongs to one address at a time (issue 23, ADR 26). The attack that found it: demo.vzug (end user of
/// BP 1, subscribed to docman's service 3) created an address with the ISG MAC and OTO of jorge (user 955, BP 2), and
/// docman's reports about that ISG then wrote both addresses, and checkHardware answered OK for the claimed pair.
/// docs/demo-data.md: jorge's address 194 holds the ISG <c>AA:BB:CC:00:09:55</c> (OTO-0955, IP 8.8.8.8), the boxes
/// <c>11:11:22:33:44:99</c>, <c>…:77</c>, <c>…:88</c> (smb1–3) and the phone <c>AA:BB:CC:00:19:55</c>.
/// </summary>
public sealed class DeviceMacClaimTests(MspApiFactory api) : AddressesTest(api)
{
    private const string JorgesIsg = "AA:BB:CC:00:09:55";

    private const string Ok = """{"msg":"OK"}""";

    public static TheoryData<string, string> JorgesDevices => new()
    {
        { "isg_mac", JorgesIsg },
        { "smb1_mac", "11:11:22:33:44:99" },
        { "smb2_mac", "11-11-22-33-44-77" },    // written in another form: the same device
        { "phone_mac", "aabbcc001955" },
        { "ata_mac", "11:11:22:33:44:88" },     // jorge's smb3 box, claimed as an ATA
    };

    [Fact]
    public async Task An_end_user_creating_an_address_with_the_ISG_of_a_user_of_another_BP_is_refused_and_nothing_is_written()
    {
        var attacker = await TokenOf("demo.vzug");

        await AssertBody(
            await CreateAsync(attacker, ("street_address", "Bahnhofstrasse"), ("city", "Zug"), ("oto", "OTO-0955"), ("isg_mac", JorgesIsg)),
            HttpStatusCode.BadRequest,
            BadParameters);

        Assert.Equal(1, await CountAddressesAsync());
        Assert.Empty(await ListAsync(attacker, 1097));
        Assert.Equal((JorgeHome, "isg"), await OwnerAsync(JorgesIsg));
    }

    [Fact]
    public async Task After_a_refused_claim_device_reports_change_only_the_owner_and_checkHardware_is_KO_for_the_claimants_OTO()
    {
        var attacker = await TokenOf("demo.vzug");
        var own = await CreatedIdAsync(attacker, ("street_address", "Bahnhofstrasse"), ("city", "Zug"), ("oto", "OTO-1097"), ("isg_mac", "AA:BB:CC:00:10:97"));
        await AssertBody(await UpdateAsync(attacker, own, ("isg_mac", JorgesIsg)), HttpStatusCode.BadRequest, BadParameters);
        await AssertBody(
            await CreateAsync(attacker, ("street_address", "Bahnhofstrasse"), ("city", "Zug"), ("oto", "OTO-1097-B"), ("isg_mac", JorgesIsg)),
            HttpStatusCode.BadRequest,
            BadParameters);

        var docman = await TokenOf("docman");
        Api.Clock.Advance(TimeSpan.FromMinutes(5));
        await AssertBody(await SendAsync(HttpMethod.Post, "/updateIP", docman, Form(("isg_ip", "9.9.9.9"), ("Isg_mac", JorgesIsg))), HttpStatusCode.OK, Ok);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/updateMACstatus", docman, Form(("mac", JorgesIsg), ("status", "1"), ("type", "Isg"))),
            HttpStatusCode.OK,
            Ok);

        var jorges = AddressIn(await ListAsync(await TokenOf("jorge"), 955), JorgeHome);
        Assert.Equal(("9.9.9.9", "1", WireNow()), (Text(jorges, "isg_ip"), Text(jorges, "isg_mac_status"), Text(jorges, "isg_mac_status_date")));
        var claimants = AddressIn(await ListAsync(attacker, 1097), own);
        Assert.Equal(
            ("AA:BB:CC:00:10:97", "", "0", (string?)null, "30.11.-0001 00:00:00"),
            (Text(claimants, "isg_mac"), Text(claimants, "isg_ip"), Text(claimants, "isg_mac_status"), Text(claimants, "isg_mac_status_date"),
                Text(claimants, "updated_isg_at")));
        Assert.Single(await ListAsync(attacker, 1097));

        await AssertBody(await CheckHardwareAsync(docman, "OTO-1097", JorgesIsg), HttpStatusCode.OK, """{"msg":"KO"}""");
        await AssertBody(await CheckHardwareAsync(docman, "OTO-1097-B", JorgesIsg), HttpStatusCode.OK, """{"msg":"KO"}""");
        await AssertBody(await CheckHardwareAsync(docman, "OTO-0955", JorgesIsg), HttpStatusCode.OK, Ok);
    }

    [Theory]
    [MemberData(nameof(JorgesDevices))]
    public async Task Updating_an_address_to_take_another_addresss_device_MAC_is_refused_and_nothing_changes(string field, string mac)
    {
        var attacker = await TokenOf("demo.vzug");
        var own = await CreatedIdAsync(attacker, ("street_address", "Bahnhofstrasse"), ("city", "Zug"), ("smb1_mac", "AA:BB:CC:00:10:98"));
        var before = AddressIn(await ListAsync(attacker, 1097), own).ToJsonString();
        Api.Clock.Advance(TimeSpan.FromMinutes(1));

        await AssertBody(await UpdateAsync(attacker, own, ("name", "Changed"), (field, mac)), HttpStatusCode.BadRequest, BadParameters);

        AssertJson(AddressIn(await ListAsync(attacker, 1097), own), before);
        Assert.Equal(JorgeHome, (await OwnerAsync(Canonical(mac))).AddressId);
        Assert.Equal((own, "smb1"), await OwnerAsync("AA:BB:CC:00:10:98"));
    }

    [Theory]
    [MemberData(nameof(JorgesDevices))]
    public async Task Creating_an_address_with_another_addresss_device_MAC_is_refused_whoever_creates_it(string field, string mac)
    {
        foreach (var (caller, userId) in new[] { ("demo.vzug", 1097L), ("vzug.admin", 1154L), ("admin", 1154L) })
        {
            await AssertBody(
                await CreateAsync(await TokenOf(caller), ("userID", userId.ToString(CultureInfo.InvariantCulture)), ("street_address", "Seestrasse"), ("city", "Zug"), (field, mac)),
                HttpStatusCode.BadRequest,
                BadParameters);
        }

        Assert.Equal(1, await CountAddressesAsync());
    }

    [Fact]
    public async Task One_MAC_given_for_two_slots_of_one_request_is_refused()
    {
        var jorge = await TokenOf("jorge");
        var before = AddressIn(await ListAsync(jorge, 955), JorgeHome).ToJsonString();

        await AssertBody(
            await CreateAsync(jorge, ("street_address", "Seestrasse"), ("city", "Zug"), ("isg_mac", "AA:BB:CC:00:09:60"), ("smb1_mac", "aa-bb-cc-00-09-60")),
            HttpStatusCode.BadRequest,
            BadParameters);
        await AssertBody(
            await UpdateAsync(jorge, JorgeHome, ("smb1_mac", "11:11:22:33:45:01"), ("smb2_mac", "11:11:22:33:45:01")),
            HttpStatusCode.BadRequest,
            BadParameters);

        Assert.Equal(1, await CountAddressesAsync());
        AssertJson(AddressIn(await ListAsync(jorge, 955), JorgeHome), before);
    }

    [Fact]
    public async Task An_update_giving_a_slot_the_MAC_another_slot_of_the_address_keeps_is_refused()
    {
        var jorge = await TokenOf("jorge");
        var before = AddressIn(await ListAsync(jorge, 955), JorgeHome).ToJsonString();

        await AssertBody(await UpdateAsync(jorge, JorgeHome, ("phone_mac", "11:11:22:33:44:99")), HttpStatusCode.BadRequest, BadParameters);

        AssertJson(AddressIn(await ListAsync(jorge, 955), JorgeHome), before);
        Assert.Equal((JorgeHome, "phone"), await OwnerAsync("AA:BB:CC:00:19:55"));
    }

    /// <summary>ADR 26: within one update a MAC may move to another slot of its address; it is a new device there.</summary>
    [Fact]
    public async Task An_address_may_write_its_own_MAC_again_or_move_it_to_another_of_its_slots_and_the_MAC_it_gives_up_is_free()
    {
        var jorge = await TokenOf("jorge");
        await AssertBody(await UpdateAsync(jorge, JorgeHome, ("isg_mac", "aabbcc000955"), ("smb1_mac", "11:11:22:33:44:99")), HttpStatusCode.OK, """{"msg":"ok"}""");

        await AssertBody(await UpdateAsync(jorge, JorgeHome, ("isg_mac", "AA:BB:CC:00:09:56"), ("smb1_mac", JorgesIsg)), HttpStatusCode.OK, """{"msg":"ok"}""");

        Assert.Equal((JorgeHome, "smb1"), await OwnerAsync(JorgesIsg));
        Assert.Equal((JorgeHome, "isg"), await OwnerAsync("AA:BB:CC:00:09:56"));
        Assert.Equal((0L, (string?)null), await OwnerAsync("11:11:22:33:44:99"));
        var docman = await TokenOf("docman");
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/updateMACstatus", docman, Form(("mac", JorgesIsg), ("status", "1"), ("type", "Smb1"))), HttpStatusCode.OK, Ok);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/updateMACstatus", docman, Form(("mac", JorgesIsg), ("status", "1"), ("type", "Isg"))),
            HttpStatusCode.Forbidden,
            """{"msg":"MAC not found"}""");

        var other = await CreatedIdAsync(await TokenOf("demo.vzug"), ("street_address", "Seestrasse"), ("city", "Zug"), ("smb2_mac", "11:11:22:33:44:99"));
        Assert.Equal((other, "smb2"), await OwnerAsync("11:11:22:33:44:99"));
    }

    [Fact]
    public async Task A_MAC_freed_by_deleting_its_address_can_be_taken_and_the_reports_follow_it()
    {
        await AssertBody(await SendAsync(HttpMethod.Delete, $"/address/delete?addressID={JorgeHome}", await TokenOf("jorge")), HttpStatusCode.OK, """{"msg":"ok"}""");
        var newcomer = await TokenOf("demo.vzug");

        var id = await CreatedIdAsync(newcomer, ("street_address", "Bahnhofstrasse"), ("city", "Zug"), ("oto", "OTO-1097"), ("isg_mac", JorgesIsg));

        Assert.Equal((id, "isg"), await OwnerAsync(JorgesIsg));
        var docman = await TokenOf("docman");
        await AssertBody(await SendAsync(HttpMethod.Post, "/updateIP", docman, Form(("isg_ip", "9.9.9.9"), ("Isg_mac", JorgesIsg))), HttpStatusCode.OK, Ok);
        Assert.Equal("9.9.9.9", Text(AddressIn(await ListAsync(newcomer, 1097), id), "isg_ip"));
        await AssertBody(await CheckHardwareAsync(docman, "OTO-1097", JorgesIsg), HttpStatusCode.OK, Ok);
    }

    /// <summary>The refusal says no more than a typo would: same status, same body, byte for byte.</summary>
    [Fact]
    public async Task The_refusal_is_the_answer_to_a_malformed_MAC()
    {
        var attacker = await TokenOf("demo.vzug");
        var own = await CreatedIdAsync(attacker, ("street_address", "Bahnhofstrasse"), ("city", "Zug"));

        var taken = await AnswerAsync(await CreateAsync(attacker, ("street_address", "Seestrasse"), ("city", "Zug"), ("isg_mac", JorgesIsg)));
        var malformed = await AnswerAsync(await CreateAsync(attacker, ("street_address", "Seestrasse"), ("city", "Zug"), ("isg_mac", "AA:BB:CC:00:09")));
        var takenOnUpdate = await AnswerAsync(await UpdateAsync(attacker, own, ("phone_mac", "AA:BB:CC:00:19:55")));
        var malformedOnUpdate = await AnswerAsync(await UpdateAsync(attacker, own, ("phone_mac", "AA:BB:CC:00:19")));

        Assert.Equal(malformed, taken);
        Assert.Equal(malformedOnUpdate, takenOnUpdate);
        Assert.Equal((HttpStatusCode.BadRequest, "application/json; charset=utf-8", BadParameters), taken);
    }

    [Fact]
    public async Task Of_two_addresses_created_at_once_with_one_new_MAC_one_gets_it_and_the_other_is_refused()
    {
        var jorge = await TokenOf("jorge");
        var attacker = await TokenOf("demo.vzug");

        var answers = await Task.WhenAll(
            Task.Run(() => CreateAsync(jorge, ("street_address", "Seestrasse"), ("city", "Zug"), ("ata_mac", "AA:BB:CC:00:39:55"))),
            Task.Run(() => CreateAsync(attacker, ("street_address", "Seestrasse"), ("city", "Zug"), ("ata_mac", "AA:BB:CC:00:39:55"))));

        var created = Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.OK);
        await AssertBody(Assert.Single(answers, answer => answer != created), HttpStatusCode.BadRequest, BadParameters);
        Assert.Equal(((await ReadJson(created))["data"]!["id"]!.GetValue<long>(), "ata"), await OwnerAsync("AA:BB:CC:00:39:55"));
        Assert.Equal(2, await CountAddressesAsync());
    }

    [Fact]
    public async Task The_demo_data_registers_every_device_MAC_of_its_addresses_and_nothing_else()
    {
        const string slots = """
            SELECT isg_mac AS mac, id AS address_id, 'isg' AS slot FROM addresses WHERE isg_mac <> ''
            UNION ALL SELECT smb1_mac, id, 'smb1' FROM addresses WHERE smb1_mac <> ''
            UNION ALL SELECT smb2_mac, id, 'smb2' FROM addresses WHERE smb2_mac <> ''
            UNION ALL SELECT smb3_mac, id, 'smb3' FROM addresses WHERE smb3_mac <> ''
            UNION ALL SELECT smb4_mac, id, 'smb4' FROM addresses WHERE smb4_mac <> ''
            UNION ALL SELECT ata_mac, id, 'ata' FROM addresses WHERE ata_mac <> ''
            UNION ALL SELECT phone_mac, id, 'phone' FROM addresses WHERE phone_mac <> ''
            ORDER BY mac
            """;
        await using var connection = await Api.OpenAsync();

        var registered = (await connection.QueryAsync<(string, long, string)>("SELECT mac, address_id, slot FROM device_macs ORDER BY mac")).ToList();

        Assert.Equal(5, registered.Count);
        Assert.Equal(await connection.QueryAsync<(string, long, string)>(slots), registered);
    }

    private Task<HttpResponseMessage> CreateAsync(string token, params (string Name, string Value)[] fields) =>
        SendAsync(HttpMethod.Post, "/address/create", token, Form(fields));

    private async Task<long> CreatedIdAsync(string token, params (string Name, string Value)[] fields) =>
        (await ReadJson(await CreateAsync(token, fields)))["data"]!["id"]!.GetValue<long>();

    private Task<HttpResponseMessage> UpdateAsync(string token, long addressId, params (string Name, string Value)[] fields) =>
        SendAsync(HttpMethod.Post, "/address/update", token, Form([("addressID", addressId.ToString(CultureInfo.InvariantCulture)), .. fields]));

    private Task<HttpResponseMessage> CheckHardwareAsync(string token, string oto, string isgMac) =>
        SendAsync(HttpMethod.Get, $"/checkHardware?Oto={Uri.EscapeDataString(oto)}&Isg_mac={Uri.EscapeDataString(isgMac)}", token);

    /// <summary>The address and slot device_macs names for the MAC; (0, null) when none holds it.</summary>
    private async Task<(long AddressId, string? Slot)> OwnerAsync(string mac)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<(long, string?)>("SELECT address_id, slot FROM device_macs WHERE mac = @mac", new { mac });
    }

    private static async Task<(HttpStatusCode, string?, string)> AnswerAsync(HttpResponseMessage response) =>
        (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());

    private static string Canonical(string mac) => Msp.Domain.Addresses.MacAddress.Parse(mac)!.Value;

    private static string? Text(System.Text.Json.Nodes.JsonObject address, string field) => address[field]?.GetValue<string>();
}

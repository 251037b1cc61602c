using System.Net;
using Dapper;
using Msp.Infrastructure.Addresses;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>
/// POST /updateMACstatus (spec 6.39): S and A; the device in slot <c>type</c> with that MAC reports its status, which
/// getSMB answers, with <c>activation</c> the time it last became 1 (docs/contract.md §3).
/// </summary>
public sealed class UpdateMACstatusTests(MspApiFactory api) : HardwareTest(api)
{
    private const string MacNotFound = """{"msg":"MAC not found"}""";

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await ReportAsync(token, "11:11:22:33:44:99", "1", "Smb1"), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal(0, (await SlotAsync(JorgeHome, "smb1")).Status);
    }

    [Fact]
    public async Task A_box_becoming_active_shows_in_getSMB_with_its_activation()
    {
        var token = await TokenOf("docman");
        Api.Clock.Advance(TimeSpan.FromMinutes(3));

        await AssertBody(await ReportAsync(token, "11:11:22:33:44:77", "1", "Smb2"), HttpStatusCode.OK, Ok);

        await AssertBody(
            await GetAsync("/getSMB?User_ID=955", token),
            HttpStatusCode.OK,
            $$"""
            {"list":[
              {"mac":"11:11:22:33:44:99","activation":null,"type":"smb1","status":0},
              {"mac":"11:11:22:33:44:77","activation":"{{WireNow}}","type":"smb2","status":1},
              {"mac":"11:11:22:33:44:88","activation":null,"type":"smb3","status":0}]}
            """);
    }

    [Fact]
    public async Task The_activation_is_when_the_status_last_became_1()
    {
        var token = await TokenOf("admin");
        await ReportAsync(token, "11:11:22:33:44:99", "1", "Smb1");
        var activated = WireNow;

        Api.Clock.Advance(TimeSpan.FromHours(1));
        await AssertBody(await ReportAsync(token, "11:11:22:33:44:99", "1", "Smb1"), HttpStatusCode.OK, Ok);
        Assert.Equal(activated, await Smb1Async(token, 1));

        Api.Clock.Advance(TimeSpan.FromHours(1));
        await AssertBody(await ReportAsync(token, "11:11:22:33:44:99", "0", "Smb1"), HttpStatusCode.OK, Ok);
        Assert.Equal(activated, await Smb1Async(token, 0));

        Api.Clock.Advance(TimeSpan.FromHours(1));
        await AssertBody(await ReportAsync(token, "11:11:22:33:44:99", "1", "Smb1"), HttpStatusCode.OK, Ok);
        Assert.Equal(WireNow, await Smb1Async(token, 1));
    }

    [Theory]
    [InlineData("AA:BB:CC:00:09:55", "Isg", "isg")]
    [InlineData("aa:bb:cc:00:09:55", "isg", "isg")]
    [InlineData("AA-BB-CC-00-19-55", "Phone", "phone")]
    [InlineData("aabbcc001955", "PHONE", "phone")]
    [InlineData("11-11-22-33-44-88", "Smb3", "smb3")]
    [InlineData("111122334488", "smb3", "smb3")]
    public async Task The_MAC_may_be_written_in_any_form_and_the_type_in_any_case(string mac, string type, string slot)
    {
        var token = await TokenOf("comlite");

        await AssertBody(await ReportAsync(token, mac, "1", type), HttpStatusCode.OK, Ok);

        var (storedMac, status, statusDate) = await SlotAsync(JorgeHome, slot);
        Assert.Equal(MacAddressOf(mac), storedMac);
        Assert.Equal(1, status);
        Assert.Equal(WireNow, statusDate?.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("11:11:22:33:44:99", "Smb2")]   // smb1's box, in another slot
    [InlineData("11:11:22:33:44:99", "Smb4")]
    [InlineData("AA:BB:CC:00:09:55", "Phone")]
    [InlineData("AA:BB:CC:00:09:57", "Isg")]    // no such device
    [InlineData("not-a-mac", "Isg")]
    [InlineData("AA:BB:CC:00:09", "Isg")]
    public async Task A_MAC_that_is_not_in_a_slot_of_that_type_gets_403_MAC_not_found(string mac, string type)
    {
        var token = await TokenOf("admin");

        await AssertBody(await ReportAsync(token, mac, "1", type), HttpStatusCode.Forbidden, MacNotFound);
    }

    [Theory]
    [InlineData("2", "Smb1")]
    [InlineData("yes", "Smb1")]
    [InlineData("1", "Smb5")]
    [InlineData("1", "Tv")]
    [InlineData("1", "0")]
    public async Task A_status_or_type_the_spec_does_not_list_gets_the_usual_Bad_parameters(string status, string type)
    {
        var token = await TokenOf("admin");

        await AssertBody(await ReportAsync(token, "11:11:22:33:44:99", status, type), HttpStatusCode.BadRequest, BadParameters);
        Assert.Equal(0, (await SlotAsync(JorgeHome, "smb1")).Status);
    }

    [Theory]
    [InlineData("mac")]
    [InlineData("status")]
    [InlineData("type")]
    public async Task A_missing_parameter_gets_the_usual_Missing_parameters(string left)
    {
        var token = await TokenOf("docman");
        var form = new[] { ("mac", "11:11:22:33:44:99"), ("status", "1"), ("type", "Smb1") }.Where(p => p.Item1 != left).ToArray();

        await AssertBody(await PostAsync("/updateMACstatus", token, form), HttpStatusCode.BadRequest, MissingParameters);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    public async Task End_users_and_partner_admins_get_the_unauthorized_body(string caller)
    {
        var token = await TokenOf(caller);

        await AssertBody(await ReportAsync(token, "11:11:22:33:44:99", "1", "Smb1"), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal(0, (await SlotAsync(JorgeHome, "smb1")).Status);
    }

    [Fact]
    public async Task A_service_cannot_reach_the_devices_of_a_user_it_does_not_serve_which_answer_as_devices_that_are_nowhere()
    {
        var address = await InsertAddressAsync(1154, "AA:BB:CC:00:11:54", "11:11:22:33:11:54");

        await AssertBody(await ReportAsync(await TokenOf("docman"), "11:11:22:33:11:54", "1", "Smb1"), HttpStatusCode.Forbidden, MacNotFound);
        Assert.Equal(0, (await SlotAsync(address, "smb1")).Status);

        await AssertBody(await ReportAsync(await TokenOf("admin"), "11:11:22:33:11:54", "1", "Smb1"), HttpStatusCode.OK, Ok);
        Assert.Equal(1, (await SlotAsync(address, "smb1")).Status);
    }

    [Fact]
    public async Task Parallel_reports_about_different_slots_of_one_address_are_all_kept()
    {
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE addresses SET smb4_mac = '11:11:22:33:44:66', ata_mac = 'AA:BB:CC:00:29:55' WHERE id = @Id", new { Id = JorgeHome });
            await connection.ExecuteAsync(DeviceMacRegistry.ReleaseSql, new { AddressId = JorgeHome });
            await connection.ExecuteAsync(DeviceMacRegistry.RegisterSql, new { AddressId = JorgeHome });
        }

        var token = await TokenOf("docman");
        (string Mac, string Type, string Slot)[] devices =
        [
            ("AA:BB:CC:00:09:55", "Isg", "isg"), ("AA:BB:CC:00:19:55", "Phone", "phone"), ("AA:BB:CC:00:29:55", "Ata", "ata"),
            ("11:11:22:33:44:99", "Smb1", "smb1"), ("11:11:22:33:44:77", "Smb2", "smb2"), ("11:11:22:33:44:88", "Smb3", "smb3"),
            ("11:11:22:33:44:66", "Smb4", "smb4"),
        ];

        for (var round = 0; round < 3; round++)
        {
            var status = round % 2 == 0 ? "1" : "0";
            var answers = await Task.WhenAll(devices.Select(d => Task.Run(() => ReportAsync(token, d.Mac, status, d.Type))));
            foreach (var answer in answers)
            {
                await AssertBody(answer, HttpStatusCode.OK, Ok);
            }

            foreach (var device in devices)
            {
                Assert.Equal((device.Mac, long.Parse(status, System.Globalization.CultureInfo.InvariantCulture)), await MacAndStatusAsync(device.Slot));
            }
        }
    }

    /// <summary>An update that names a MAC writes the slots at the version it read; one that names none leaves them alone.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_report_and_an_address_update_at_once_are_both_kept(bool updateNamesAMac)
    {
        var service = await TokenOf("docman");
        var admin = await TokenOf("admin");
        var smb2 = (await SlotAsync(JorgeHome, "smb2")).Mac;

        for (var round = 1; round <= 9; round++)
        {
            var status = round % 2 == 1 ? "1" : "0";
            var name = $"Home {round}";
            var newMac = $"11:11:22:33:45:0{round}";
            (string, string)[] fields = updateNamesAMac ? [("addressID", "194"), ("name", name), ("smb2_mac", newMac)] : [("addressID", "194"), ("name", name)];
            var answers = await Task.WhenAll(
                Task.Run(() => ReportAsync(service, "11:11:22:33:44:99", status, "Smb1")),
                Task.Run(() => PostAsync("/address/update", admin, fields)));
            await AssertBody(answers[0], HttpStatusCode.OK, Ok);
            await AssertBody(answers[1], HttpStatusCode.OK, """{"msg":"ok"}""");

            Assert.Equal(("11:11:22:33:44:99", long.Parse(status, System.Globalization.CultureInfo.InvariantCulture)), await MacAndStatusAsync("smb1"));
            Assert.Equal(updateNamesAMac ? newMac : smb2, (await SlotAsync(JorgeHome, "smb2")).Mac);
            await using var connection = await Api.OpenAsync();
            Assert.Equal(name, await connection.QuerySingleAsync<string>("SELECT name FROM addresses WHERE id = @Id", new { Id = JorgeHome }));
        }
    }

    private static string MacAddressOf(string written) => Msp.Domain.Addresses.MacAddress.Parse(written)!.Value;

    private async Task<(string, long)> MacAndStatusAsync(string slot)
    {
        var (mac, status, _) = await SlotAsync(JorgeHome, slot);
        return (mac, status);
    }

    private async Task<string?> Smb1Async(string token, int expectedStatus)
    {
        var body = await ReadJson(await GetAsync("/getSMB?User_ID=955", token));
        var smb1 = body["list"]![0]!;
        Assert.Equal(("smb1", expectedStatus), (smb1["type"]!.GetValue<string>(), smb1["status"]!.GetValue<int>()));
        return smb1["activation"]?.GetValue<string>();
    }

    private Task<HttpResponseMessage> ReportAsync(string? token, string mac, string status, string type) =>
        PostAsync("/updateMACstatus", token, ("mac", mac), ("status", status), ("type", type));
}

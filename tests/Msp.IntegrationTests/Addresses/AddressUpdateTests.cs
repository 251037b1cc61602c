using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Addresses;

public sealed class AddressUpdateTests(MspApiFactory api) : AddressesTest(api)
{
    private const string NoAddressFound = """{"msg":"No address found "}""";

    [Fact]
    public async Task Owner_changes_only_the_given_fields()
    {
        await ExecuteAsync("UPDATE addresses SET updated_at = @Then WHERE id = 194", new { Then = new DateTime(2016, 10, 17, 10, 31, 48, DateTimeKind.Utc) });
        var token = await TokenOf("jorge");
        var before = AddressIn(await ListAsync(token, 955), JorgeHome);

        using var response = await SendAsync(HttpMethod.Post, "/address/update", token,
            Form(("addressID", "194"), ("name", "Zuhause"), ("lat", "47.5"), ("installation", "0"), ("letter", "C")));

        await AssertBody(response, HttpStatusCode.OK, """{"msg":"ok"}""");
        var after = AddressIn(await ListAsync(token, 955), JorgeHome);
        var expected = before.DeepClone().AsObject();
        expected["name"] = "Zuhause";
        expected["lat"] = "47.5";
        expected["installation"] = "0";
        expected["letter"] = "C";
        expected["updated_at"] = WireNow();
        AssertJson(after, expected.ToJsonString());
    }

    [Fact]
    public async Task A_city_id_brings_its_city_and_state()
    {
        var token = await TokenOf("jorge");

        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/update", token, Form(("addressID", "194"), ("city_id", "37"))),
            HttpStatusCode.OK,
            """{"msg":"ok"}""");

        var address = AddressIn(await ListAsync(token, 955), JorgeHome);
        Assert.Equal("37", address["city_id"]!.GetValue<string>());
        Assert.Equal("Aadorf", address["city"]!.GetValue<string>());
        Assert.Equal("Thurgau", address["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_MAC_starts_over_with_status_0_and_the_same_MAC_keeps_its_status()
    {
        await ExecuteAsync(
            "UPDATE addresses SET isg_mac_status = 1, isg_mac_status_date = @At, smb1_mac_status = 1, smb1_mac_status_date = @At WHERE id = @Id",
            new { At = new DateTime(2016, 10, 17, 10, 31, 48, DateTimeKind.Utc), Id = JorgeHome });
        var token = await TokenOf("jorge");

        await AssertBody(
            await SendAsync(HttpMethod.Post, "/address/update", token,
                Form(("addressID", "194"), ("isg_mac", "aabbcc000956"), ("smb1_mac", "11-11-22-33-44-99"))),
            HttpStatusCode.OK,
            """{"msg":"ok"}""");

        var address = AddressIn(await ListAsync(token, 955), JorgeHome);
        Assert.Equal("AA:BB:CC:00:09:56", address["isg_mac"]!.GetValue<string>());
        Assert.Equal("0", address["isg_mac_status"]!.GetValue<string>());
        Assert.Null(address["isg_mac_status_date"]);
        Assert.Equal("11:11:22:33:44:99", address["smb1_mac"]!.GetValue<string>());
        Assert.Equal("1", address["smb1_mac_status"]!.GetValue<string>());
        Assert.Equal("2016-10-17 10:31:48", address["smb1_mac_status_date"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(WriteScope))]
    public async Task Tenant_scope(string caller, long userId, bool allowed)
    {
        var addressId = userId == 955 ? JorgeHome : await InsertAddressAsync(userId);
        var token = await TokenOf(caller);

        using var response = await SendAsync(HttpMethod.Post, "/address/update", token, Form(("addressID", $"{addressId}"), ("name", "Changed")));

        var name = await ScalarAsync<string>("SELECT name FROM addresses WHERE id = @addressId", new { addressId });
        if (allowed)
        {
            await AssertBody(response, HttpStatusCode.OK, """{"msg":"ok"}""");
            Assert.Equal("Changed", name);
        }
        else
        {
            await AssertBody(response, HttpStatusCode.Forbidden, NoAddressFound);
            Assert.NotEqual("Changed", name);
        }
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData(null)]
    public async Task An_address_that_does_not_exist_gets_403_No_address_found_with_its_trailing_space(string? addressId)
    {
        var token = await TokenOf("admin");
        var fields = addressId is null ? Form(("name", "x")) : Form(("addressID", addressId), ("name", "x"));

        await AssertBody(await SendAsync(HttpMethod.Post, "/address/update", token, fields), HttpStatusCode.Forbidden, NoAddressFound);
    }

    [Fact]
    public async Task Without_any_field_to_change_the_answer_is_Missing_parameters()
    {
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Post, "/address/update", token, Form(("addressID", "194"))), HttpStatusCode.BadRequest, MissingParameters);
    }

    [Theory]
    [InlineData("lat", "north")]
    [InlineData("billing", "true")]
    [InlineData("isg_mac", "AA:BB:CC")]
    [InlineData("city_id", "999999")]
    [InlineData("country_iso", "C")]
    public async Task A_malformed_field_is_Bad_parameters_and_nothing_changes(string field, string value)
    {
        var token = await TokenOf("jorge");
        var before = AddressIn(await ListAsync(token, 955), JorgeHome);

        using var response = await SendAsync(HttpMethod.Post, "/address/update", token,
            Form(("addressID", "194"), ("name", "Changed"), (field, value)));

        await AssertBody(response, HttpStatusCode.BadRequest, BadParameters);
        AssertJson(AddressIn(await ListAsync(token, 955), JorgeHome), before.ToJsonString());
    }

    [Fact]
    public async Task Without_a_valid_token_the_answer_is_unauthorized_client()
    {
        var fields = new[] { ("addressID", "194"), ("name", "Changed") };

        await AssertBody(await SendAsync(HttpMethod.Post, "/address/update", null, Form(fields)), HttpStatusCode.BadRequest, UnauthorizedClient);
        await AssertBody(await SendAsync(HttpMethod.Post, "/address/update", "not-a-token", Form(fields)), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal("My Home", await ScalarAsync<string>("SELECT name FROM addresses WHERE id = 194"));
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Addresses;

public sealed class AddressListTests(MspApiFactory api) : AddressesTest(api)
{
    /// <summary>Spec 6.3's record, in its order.</summary>
    private static readonly string[] SpecFieldOrder =
    [
        "id", "users_id", "gender", "company", "firstname", "lastname", "letter", "floor", "street_address", "street_number",
        "suburb", "postcode", "city", "city_id", "state", "country_iso", "type", "created_at", "updated_at", "lat", "lng",
        "apartment_number", "oto", "building_name", "name", "mac", "isg_ip", "isg_mac", "isg_mac_status",
        "isg_mac_status_date", "smb1_mac", "smb1_mac_status", "smb1_mac_status_date", "smb2_mac", "smb2_mac_status",
        "smb2_mac_status_date", "smb3_mac", "smb3_mac_status", "smb3_mac_status_date", "ata_mac", "ata_mac_status",
        "ata_mac_status_date", "ata_mac_model", "phone_mac", "phone_mac_status", "phone_mac_status_date", "phone_mac_model",
        "billing", "installation", "updated_isg_at", "type_address", "custom_type_address", "building_id", "size", "code",
        "addresses_status",
    ];

    public static TheoryData<string, long, bool> ListScope => new()
    {
        { "jorge", 955, true },         // end user, itself
        { "demo.vzug", 1154, false },   // end user, another user of its BP
        { "demo.vzug", 955, false },    // end user, a user of another BP
        { "lindau.admin", 955, true },  // partner admin, a user of its BP
        { "vzug.admin", 955, false },   // partner admin, a user of another BP
        { "comlite", 955, true },       // service, a subscribed user
        { "comlite", 1097, false },     // service, a user not subscribed to it
        { "admin", 955, true },         // platform admin
    };

    [Fact]
    public async Task End_user_gets_its_address_with_every_field_of_spec_6_3()
    {
        var token = await TokenOf("jorge");

        using var response = await SendAsync(HttpMethod.Get, "/address/list?userID=955", token);

        var body = await ReadJson(response);
        var address = body["data"]!.AsArray().Single()!.AsObject();
        Assert.Equal(SpecFieldOrder, address.Select(p => p.Key));
        var seededAt = address["created_at"]!.GetValue<string>();
        var seeded = DateTime.ParseExact(seededAt, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.InRange(seeded, Api.SeededAt.UtcDateTime.AddSeconds(-1), Api.SeededAt.UtcDateTime);
        await AssertBody(response, HttpStatusCode.OK, $$"""
            {"data":[{
              "id":"194","users_id":"955","gender":"male","company":"","firstname":"Jorge","lastname":"Sanchez","letter":null,
              "floor":"0","street_address":"Markt","street_number":"12","suburb":"","postcode":"8400","city":"Winterthur",
              "city_id":"38","state":"Zürich","country_iso":"CH","type":"0","created_at":"{{seededAt}}","updated_at":"{{seededAt}}",
              "lat":"47.4991723","lng":"8.7291498","apartment_number":"1","oto":"OTO-0955","building_name":"","name":"My Home",
              "mac":"","isg_ip":"8.8.8.8","isg_mac":"AA:BB:CC:00:09:55","isg_mac_status":"0","isg_mac_status_date":null,
              "smb1_mac":"11:11:22:33:44:99","smb1_mac_status":"0","smb1_mac_status_date":null,
              "smb2_mac":"11:11:22:33:44:77","smb2_mac_status":"0","smb2_mac_status_date":null,
              "smb3_mac":"11:11:22:33:44:88","smb3_mac_status":"0","smb3_mac_status_date":null,
              "ata_mac":"","ata_mac_status":"0","ata_mac_status_date":null,"ata_mac_model":"0",
              "phone_mac":"AA:BB:CC:00:19:55","phone_mac_status":"0","phone_mac_status_date":null,"phone_mac_model":"GXP1610",
              "billing":"1","installation":"1","updated_isg_at":"30.11.-0001 00:00:00","type_address":"0",
              "custom_type_address":"","building_id":"1","size":null,"code":null,"addresses_status":null
            }]}
            """);
    }

    [Fact]
    public async Task Hardware_times_are_shown_as_the_old_platform_wrote_them()
    {
        await ExecuteAsync(
            "UPDATE addresses SET isg_mac_status = 1, isg_mac_status_date = @At, updated_isg_at = @At WHERE id = @Id",
            new { At = new DateTime(2016, 10, 17, 10, 31, 48, DateTimeKind.Utc), Id = JorgeHome });
        var token = await TokenOf("jorge");

        var address = AddressIn(await ListAsync(token, 955), JorgeHome);

        Assert.Equal("1", address["isg_mac_status"]!.GetValue<string>());
        Assert.Equal("2016-10-17 10:31:48", address["isg_mac_status_date"]!.GetValue<string>());
        Assert.Equal("17.10.2016 10:31:48", address["updated_isg_at"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_userID_the_caller_gets_its_own_addresses()
    {
        var token = await TokenOf("jorge");

        using var response = await SendAsync(HttpMethod.Get, "/address/list", token);

        var body = await ReadJson(response);
        Assert.Equal("194", body["data"]!.AsArray().Single()!["id"]!.GetValue<string>());
        Assert.Null(body["iterator"]);
    }

    [Fact]
    public async Task A_user_without_addresses_gets_an_empty_list()
    {
        var token = await TokenOf("antonio");

        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=1154", token), HttpStatusCode.OK, """{"data":[]}""");
    }

    [Theory]
    [MemberData(nameof(ListScope))]
    public async Task Tenant_scope(string caller, long userId, bool allowed)
    {
        var token = await TokenOf(caller);

        using var response = await SendAsync(HttpMethod.Get, $"/address/list?userID={userId}", token);

        if (allowed)
        {
            var data = (await ReadJson(response))["data"]!.AsArray();
            Assert.All(data, a => Assert.Equal(userId.ToString(CultureInfo.InvariantCulture), a!["users_id"]!.GetValue<string>()));
            Assert.NotEmpty(data);
        }
        else
        {
            await AssertBody(response, HttpStatusCode.BadRequest, UnauthorizedClient);
        }
    }

    [Fact]
    public async Task A_user_of_another_BP_and_a_user_that_does_not_exist_get_the_same_answer()
    {
        var token = await TokenOf("vzug.admin");

        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=955", token), HttpStatusCode.BadRequest, UnauthorizedClient);
        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=999999", token), HttpStatusCode.BadRequest, UnauthorizedClient);
    }

    [Fact]
    public async Task Without_a_valid_token_the_answer_is_unauthorized_client()
    {
        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=955", null), HttpStatusCode.BadRequest, UnauthorizedClient);
        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=955", "not-a-token"), HttpStatusCode.BadRequest, UnauthorizedClient);
    }

    [Fact]
    public async Task A_malformed_userID_names_nobody_and_gets_the_same_answer_as_an_unknown_user()
    {
        var token = await TokenOf("admin");

        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=abc", token), HttpStatusCode.BadRequest, UnauthorizedClient);
        await AssertBody(await SendAsync(HttpMethod.Get, "/address/list?userID=-955", token), HttpStatusCode.BadRequest, UnauthorizedClient);
    }

    /// <summary>As many addresses as one account may hold (Addresses:MaxPerUser, 20), in pages of 8: two full, one short, one past the end.</summary>
    [Fact]
    public async Task Pages_through_20_addresses_seeing_each_exactly_once()
    {
        // More than address/create lets one account have (Addresses:MaxPerUser): written straight into the table.
        var token = await TokenOf("admin");
        var created = new List<string>();
        for (var i = 1; i <= 20; i++)
        {
            created.Add((await InsertAddressAsync(1154)).ToString(CultureInfo.InvariantCulture));
        }

        var first = await PageAsync(token, "offset=0&limit=8");
        var middle = await PageAsync(token, "offset=8&limit=8");
        var last = await PageAsync(token, "offset=16&limit=8");
        var beyond = await PageAsync(token, "offset=20&limit=8");

        AssertPage(first, 8, existsPrev: false, existsNext: true);
        AssertPage(middle, 8, existsPrev: true, existsNext: true);
        AssertPage(last, 4, existsPrev: true, existsNext: false);
        AssertPage(beyond, 0, existsPrev: true, existsNext: false);
        var seen = new[] { first, middle, last }.SelectMany(p => p["data"]!.AsArray()).Select(a => a!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(created, seen);
    }

    [Fact]
    public async Task The_iterator_comes_only_when_offset_or_limit_is_given()
    {
        var token = await TokenOf("admin");
        for (var i = 1; i <= 3; i++)
        {
            using var create = await SendAsync(HttpMethod.Post, "/address/create", token,
                Form(("userID", "1154"), ("street_address", $"Bahnhofstrasse {i}"), ("city", "Zug")));
            Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        }

        var whole = await PageAsync(token, "");
        var limited = await PageAsync(token, "limit=2");
        var offset = await PageAsync(token, "offset=1");

        Assert.Equal(3, whole["data"]!.AsArray().Count);
        Assert.Null(whole["iterator"]);
        AssertPage(limited, 2, existsPrev: false, existsNext: true, count: 3);
        AssertPage(offset, 2, existsPrev: true, existsNext: false, count: 3);
    }

    [Fact]
    public async Task The_default_limit_is_100_and_no_page_holds_more_than_1000()
    {
        const int total = 1100;
        await using (var connection = await Api.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var now = Api.Clock.GetUtcNow().UtcDateTime;
            await connection.ExecuteAsync(
                """
                INSERT INTO addresses (account_id, name, street_address, city, created_at, updated_at)
                VALUES (1154, 'Test', @Street, 'Zug', @Now, @Now)
                """,
                Enumerable.Range(1, total).Select(i => new { Street = $"Bahnhofstrasse {i}", Now = now }),
                transaction);
            await transaction.CommitAsync();
        }

        var ids = await IdsInOrderAsync(1154);
        Assert.Equal(total, ids.Count);
        var token = await TokenOf("admin");

        var unpaged = await PageAsync(token, "");
        var capped = await PageAsync(token, "limit=5000");
        var rest = await PageAsync(token, "offset=1000&limit=1000");

        Assert.Equal(ids.Take(100), IdsOf(unpaged));
        Assert.Null(unpaged["iterator"]);
        Assert.Equal(ids.Take(1000), IdsOf(capped));
        AssertPage(capped, 1000, existsPrev: false, existsNext: true, count: total);
        Assert.Equal(ids.Skip(1000), IdsOf(rest));
        AssertPage(rest, 100, existsPrev: true, existsNext: false, count: total);
    }

    private static IEnumerable<string> IdsOf(JsonNode page) => page["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>());

    private async Task<List<string>> IdsInOrderAsync(long userId)
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<long>("SELECT id FROM addresses WHERE account_id = @UserId ORDER BY id", new { UserId = userId }))
            .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
    }

    private async Task<JsonNode> PageAsync(string token, string paging)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/address/list?userID=1154&{paging}", token);
        return await ReadJson(response);
    }

    private static void AssertPage(JsonNode page, int rows, bool existsPrev, bool existsNext, long count = 20)
    {
        Assert.Equal(rows, page["data"]!.AsArray().Count);
        Assert.True(
            JsonNode.DeepEquals(new JsonObject { ["existsPrev"] = existsPrev, ["existsNext"] = existsNext, ["count"] = count }, page["iterator"]),
            $"iterator was {page["iterator"]?.ToJsonString()}");
    }
}

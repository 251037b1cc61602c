using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>GET /flat/listOccupied (spec 6.12): P and A; a BP's occupied flats, <c>{"data":[…]}</c>, 404 when there is none (docs/contract.md §3).</summary>
public sealed class FlatListOccupiedTests(MspApiFactory api) : RealEstateApiTest(api)
{
    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task The_BP_s_occupied_flats(string login)
    {
        await AssertBody(await GetAsync("/flat/listOccupied?BPID=2", await TokenOf(login)), HttpStatusCode.OK, $$"""{"data":[{{Flat1}}]}""");
    }

    [Fact]
    public async Task A_flat_is_occupied_while_an_address_points_at_it()
    {
        await ExecuteAsync("UPDATE addresses SET flat_id = 2 WHERE id = 194");
        var body = await ReadJson(await GetAsync("/flat/listOccupied?BPID=2", await TokenOf("lindau.admin")));
        Assert.Equal(["2"], body["data"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Once_no_address_points_at_a_flat_none_is_occupied()
    {
        await ExecuteAsync("UPDATE addresses SET flat_id = NULL WHERE id = 194");
        await AssertBody(await GetAsync("/flat/listOccupied?BPID=2", await TokenOf("lindau.admin")), HttpStatusCode.NotFound, NoFlatFound);
    }

    [Theory]
    [InlineData("admin", "1")]
    [InlineData("admin", "999")]
    [InlineData("vzug.admin", "1")]
    public async Task A_BP_without_flats_answers_404(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/flat/listOccupied?BPID={bpid}", await TokenOf(login)), HttpStatusCode.NotFound, NoFlatFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?BPID=0")]
    [InlineData("?BPID=2x")]
    public async Task A_missing_or_malformed_BPID_names_no_BP_so_no_flat_is_found(string query)
    {
        await AssertBody(await GetAsync($"/flat/listOccupied{query}", await TokenOf("lindau.admin")), HttpStatusCode.NotFound, NoFlatFound);
    }

    [Fact]
    public async Task Flats_come_in_id_order_and_pages_carry_the_iterator()
    {
        var building = await AddBuildingAsync(2, 1, "Haus B");
        var ids = new List<long>();
        for (var apartment = 1; apartment <= 3; apartment++)
        {
            ids.Add(await AddFlatAsync(2, building, apartment));
        }

        await AddFlatAsync(1, await AddBuildingAsync(1, await AddResidenceAsync(1, "V-1", "Zug See"), "Seehaus"), 1);
        foreach (var id in ids)
        {
            await ExecuteAsync(
                """
                INSERT INTO addresses (account_id, name, flat_id, building_id, created_at, updated_at)
                VALUES (955, 'Flat', @FlatId, @BuildingId, @Now, @Now)
                """,
                new { FlatId = id, BuildingId = building, Now = DateTime.UtcNow });
        }

        var token = await TokenOf("lindau.admin");
        var page = await ReadJson(await GetAsync("/flat/listOccupied?BPID=2&offset=1&limit=2", token));
        Assert.Equal([ids[0].ToString(), ids[1].ToString()], page["data"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal("""{"existsPrev":true,"existsNext":true,"count":4}""", page["iterator"]!.ToJsonString());
        await AssertBody(
            await GetAsync("/flat/listOccupied?BPID=2&offset=3&limit=2", token),
            HttpStatusCode.OK,
            $$$"""{"data":[{"id":"{{{ids[2]}}}","building_id":"{{{building}}}","country":"CH","state":"Zürich","city":"Lindau","street_name":"Dorfstrasse","street_number":"1","postcode":"8307","floor":0,"apartment_number":3,"letter":"","code":"","size":null}],"iterator":{"existsPrev":true,"existsNext":false,"count":4}}""");
        await AssertBody(
            await GetAsync("/flat/listOccupied?BPID=2&offset=9", token),
            HttpStatusCode.OK,
            """{"data":[],"iterator":{"existsPrev":true,"existsNext":false,"count":4}}""");
    }

    [Theory]
    [InlineData("vzug.admin", "2")]
    [InlineData("lindau.admin", "1")]
    [InlineData("lindau.admin", "999")]
    [InlineData("jorge", "2")]
    [InlineData("demo.vzug", "1")]
    [InlineData("docman", "2")]
    public async Task Another_BP_and_callers_of_other_kinds_get_the_unauthorized_body(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/flat/listOccupied?BPID={bpid}", await TokenOf(login)), HttpStatusCode.BadRequest, ClientNotAuthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await GetAsync("/flat/listOccupied?BPID=2", token), HttpStatusCode.BadRequest, ClientNotAuthorized);
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>POST /flat/update (spec 6.13): P and A; flatID and whatever changes; 200 <c>{"msg":"ok"}</c> (docs/contract.md §3).</summary>
public sealed class FlatUpdateTests(MspApiFactory api) : RealEstateApiTest(api)
{
    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task Only_the_given_fields_change(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(
            await PostAsync("/flat/update", token, ("flatID", "2"), ("floor", "4"), ("Letter", "c"), ("Size", "70"), ("Code", "X-2")),
            HttpStatusCode.OK,
            Ok);

        await AssertBody(
            await GetAsync("/flat/listAvailable?BPID=2", token),
            HttpStatusCode.OK,
            """
            {"data":[{"id":"2","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":4,"apartment_number":2,"letter":"c","code":"X-2","size":70}]}
            """);
    }

    [Fact]
    public async Task A_flat_moves_to_another_building_and_city_of_its_BP()
    {
        var building = await AddBuildingAsync(2, 1, "Haus B");
        var token = await TokenOf("lindau.admin");
        await AssertBody(
            await PostAsync(
                "/flat/update", token, ("flatID", "1"), ("Building_id", building.ToString()), ("City", "Lindau"), ("Street_name", "Dorfstrasse"), ("postcode", "8307")),
            HttpStatusCode.OK,
            Ok);

        await AssertBody(
            await GetAsync("/flat/listOccupied?BPID=2", token),
            HttpStatusCode.OK,
            $$"""
            {"data":[{"id":"1","building_id":"{{building}}","country":"CH","state":"Zürich","city":"Lindau","street_name":"Dorfstrasse","street_number":"12","postcode":"8307","floor":1,"apartment_number":1,"letter":"","code":"R-100-A-1","size":85}]}
            """);
    }

    [Fact]
    public async Task A_missing_flatID_is_the_documented_200()
    {
        await AssertBody(await PostAsync("/flat/update", await TokenOf("lindau.admin"), ("floor", "4")), HttpStatusCode.OK, """{"msg":"Missing parameters"}""");
    }

    /// <summary>Flat 2 is BP 2's: for BP 1's admin it is answered exactly as one that does not exist.</summary>
    [Theory]
    [InlineData("vzug.admin", "2")]
    [InlineData("vzug.admin", "999")]
    [InlineData("lindau.admin", "999")]
    [InlineData("admin", "999")]
    [InlineData("lindau.admin", "two")]
    public async Task A_flat_of_another_BP_is_answered_as_one_that_does_not_exist(string login, string flatId)
    {
        await AssertBody(await PostAsync("/flat/update", await TokenOf(login), ("flatID", flatId), ("floor", "4")), HttpStatusCode.NotFound, NoFlatFound);
        Assert.Equal(2, await QueryAsync<long>("SELECT floor FROM flats WHERE id = 2"));
    }

    [Fact]
    public async Task A_building_of_another_BP_is_answered_as_one_that_does_not_exist()
    {
        var zug = await AddBuildingAsync(1, await AddResidenceAsync(1, "V-1", "Zug See"), "Seehaus");
        var token = await TokenOf("lindau.admin");
        foreach (var building in new[] { zug.ToString(), "999" })
        {
            await AssertBody(
                await PostAsync("/flat/update", token, ("flatID", "2"), ("Building_id", building)),
                HttpStatusCode.NotFound,
                """{"msg":"No building found"}""");
        }

        Assert.Equal(1, await QueryAsync<long>("SELECT building_id FROM flats WHERE id = 2"));
    }

    [Theory]
    [InlineData("City", "Atlantis")]
    [InlineData("Country", "DE")]
    public async Task A_city_the_platform_does_not_know_in_that_country_is_not_found(string name, string value)
    {
        await AssertBody(
            await PostAsync("/flat/update", await TokenOf("lindau.admin"), ("flatID", "2"), (name, value)),
            HttpStatusCode.NotFound,
            """{"msg":"No city found"}""");
    }

    [Fact]
    public async Task A_malformed_field_is_bad_parameters()
    {
        await AssertBody(
            await PostAsync("/flat/update", await TokenOf("lindau.admin"), ("flatID", "2"), ("Apartment_number", "2a")),
            HttpStatusCode.BadRequest,
            """{"msg":"Bad parameters"}""");
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("docman")]
    public async Task End_users_and_services_get_the_unauthorized_body(string login)
    {
        await AssertBody(await PostAsync("/flat/update", await TokenOf(login), ("flatID", "2"), ("floor", "4")), HttpStatusCode.BadRequest, ClientNotAuthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await PostAsync("/flat/update", token, ("flatID", "2")), HttpStatusCode.BadRequest, ClientNotAuthorized);
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>POST /flat/create (spec 6.9): P and A; 200 <c>{"msg":"ok","data":{"id":…}}</c> (docs/contract.md §3).</summary>
public sealed class FlatCreateTests(MspApiFactory api) : RealEstateApiTest(api)
{
    private const string MissingParameters = """{"msg":"Missing parameters"}""";

    private const string BadParameters = """{"msg":"Bad parameters"}""";

    private const string NoBuildingFound = """{"msg":"No building found"}""";

    private const string NoCityFound = """{"msg":"No city found"}""";

    private static readonly (string Name, string Value)[] Required =
    [
        ("Building_id", "1"), ("Country", "CH"), ("City", "Winterthur"), ("Street_name", "Markt"), ("Street_number", "12"),
        ("postcode", "8400"), ("Apartment_number", "3"),
    ];

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task A_new_flat_is_available_with_every_field_as_given(string login)
    {
        var token = await TokenOf(login);
        using var response = await PostAsync(
            "/flat/create",
            token,
            [.. Required, ("state", "ZH"), ("floor", "3"), ("Letter", "b"), ("Code", "R-100-A-3"), ("Size", "64")]);
        var id = (await ReadJson(response))["data"]!["id"]!.GetValue<long>();
        Assert.Equal(3, id);
        await AssertBody(response, HttpStatusCode.OK, """{"msg":"ok","data":{"id":3}}""");

        await AssertBody(
            await GetAsync("/flat/listAvailable?BPID=2", token),
            HttpStatusCode.OK,
            $$"""
            {"data":[{{Flat2}},
              {"id":"3","building_id":"1","country":"CH","state":"ZH","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":3,"apartment_number":3,"letter":"b","code":"R-100-A-3","size":64}]}
            """);
    }

    [Fact]
    public async Task Fields_not_given_take_their_defaults_and_the_city_its_stored_name_and_state()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(
            await PostAsync("/flat/create", token, [.. Required.Select(f => f.Name switch { "City" => ("City", "winterthur"), "Country" => ("Country", "ch"), _ => f })]),
            HttpStatusCode.OK,
            """{"msg":"ok","data":{"id":3}}""");

        var body = await ReadJson(await GetAsync("/flat/listAvailable?BPID=2", token));
        Assert.Equal(
            """{"id":"3","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":0,"apartment_number":3,"letter":"","code":"","size":null}""",
            body["data"]![1]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("Building_id")]
    [InlineData("Country")]
    [InlineData("City")]
    [InlineData("Street_name")]
    [InlineData("Street_number")]
    [InlineData("postcode")]
    [InlineData("Apartment_number")]
    public async Task Each_required_field_missing_is_the_documented_200(string missing)
    {
        await AssertBody(
            await PostAsync("/flat/create", await TokenOf("lindau.admin"), [.. Required.Where(f => f.Name != missing)]),
            HttpStatusCode.OK,
            MissingParameters);
        Assert.Equal(2, await QueryAsync<long>("SELECT COUNT(*) FROM flats"));
    }

    [Theory]
    [InlineData("Apartment_number", "three")]
    [InlineData("floor", "-1")]
    [InlineData("Size", "1.5")]
    [InlineData("Country", "CHE")]
    [InlineData("Letter", "a-letter-longer-than-thirty-two-characters")]
    [InlineData("Street_name", "Markt\nHaus B")]
    [InlineData("City", "Winterthur\u0007")]
    public async Task A_malformed_field_is_bad_parameters(string name, string value)
    {
        await AssertBody(
            await PostAsync("/flat/create", await TokenOf("lindau.admin"), [.. Required.Where(f => f.Name != name), (name, value)]),
            HttpStatusCode.BadRequest,
            BadParameters);
    }

    /// <summary>Building 1 is BP 2's: for BP 1's admin it is answered exactly as one that does not exist.</summary>
    [Theory]
    [InlineData("vzug.admin", "1")]
    [InlineData("lindau.admin", "999")]
    [InlineData("admin", "999")]
    [InlineData("lindau.admin", "one")]
    public async Task A_building_of_another_BP_is_answered_as_one_that_does_not_exist(string login, string buildingId)
    {
        await AssertBody(
            await PostAsync("/flat/create", await TokenOf(login), [.. Required.Where(f => f.Name != "Building_id"), ("Building_id", buildingId)]),
            HttpStatusCode.NotFound,
            NoBuildingFound);
        Assert.Equal(2, await QueryAsync<long>("SELECT COUNT(*) FROM flats"));
    }

    [Theory]
    [InlineData("Atlantis", "CH")]
    [InlineData("Winterthur", "DE")]
    public async Task A_city_the_platform_does_not_know_in_that_country_is_not_found(string city, string country)
    {
        await AssertBody(
            await PostAsync("/flat/create", await TokenOf("lindau.admin"), [.. Required.Where(f => f.Name is not ("City" or "Country")), ("City", city), ("Country", country)]),
            HttpStatusCode.NotFound,
            NoCityFound);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("docman")]
    [InlineData("demo.vzug")]
    public async Task End_users_and_services_get_the_unauthorized_body(string login)
    {
        await AssertBody(await PostAsync("/flat/create", await TokenOf(login), Required), HttpStatusCode.BadRequest, ClientNotAuthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await PostAsync("/flat/create", token, Required), HttpStatusCode.BadRequest, ClientNotAuthorized);
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>GET /building/list (spec 6.5): P and A; the buildings of the residence a BP knows by its number, <c>{"data":[…]}</c>.</summary>
public sealed class BuildingListTests(MspApiFactory api) : RealEstateApiTest(api)
{
    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task The_buildings_of_the_residence(string login)
    {
        await AssertBody(await GetAsync("/building/list?BPID=2&ResidenceNumber=R-100", await TokenOf(login)), HttpStatusCode.OK, $$"""{"data":[{{HausA}}]}""");
    }

    [Theory]
    [InlineData("?BPID=2&ResidenceNumber=R-999")]
    [InlineData("?BPID=2")]
    [InlineData("?ResidenceNumber=R-100")]
    [InlineData("?BPID=x&ResidenceNumber=R-100")]
    public async Task A_residence_that_is_not_there_has_no_content(string query)
    {
        await AssertBody(await GetAsync($"/building/list{query}", await TokenOf("lindau.admin")), HttpStatusCode.OK, """{"data":[]}""");
    }

    [Fact]
    public async Task The_same_residence_number_in_another_BP_is_another_residence()
    {
        var zug = await AddResidenceAsync(1, "R-100", "Zug See");
        var seehaus = await AddBuildingAsync(1, zug, "Seehaus");

        await AssertBody(
            await GetAsync("/building/list?BPID=1&ResidenceNumber=R-100", await TokenOf("vzug.admin")),
            HttpStatusCode.OK,
            $$"""{"data":[{"id":"{{seehaus}}","residence_id":"{{zug}}","name":"Seehaus","street_name":"Dorfstrasse","street_number":"1"}]}""");
        await AssertBody(await GetAsync("/building/list?BPID=2&ResidenceNumber=R-100", await TokenOf("admin")), HttpStatusCode.OK, $$"""{"data":[{{HausA}}]}""");
    }

    [Fact]
    public async Task Buildings_come_in_id_order_and_pages_carry_the_iterator()
    {
        var b2 = await AddBuildingAsync(2, 1, "Haus B");
        await AddBuildingAsync(2, 1, "Haus C");
        var token = await TokenOf("lindau.admin");

        await AssertBody(
            await GetAsync("/building/list?BPID=2&ResidenceNumber=R-100&offset=1&limit=1", token),
            HttpStatusCode.OK,
            $$$"""{"data":[{"id":"{{{b2}}}","residence_id":"1","name":"Haus B","street_name":"Dorfstrasse","street_number":"1"}],"iterator":{"existsPrev":true,"existsNext":true,"count":3}}""");
        await AssertBody(
            await GetAsync("/building/list?BPID=2&ResidenceNumber=R-100&limit=1", token),
            HttpStatusCode.OK,
            $$$"""{"data":[{{{HausA}}}],"iterator":{"existsPrev":false,"existsNext":true,"count":3}}""");
    }

    [Theory]
    [InlineData("vzug.admin", "2")]
    [InlineData("lindau.admin", "1")]
    [InlineData("jorge", "2")]
    [InlineData("demo.vzug", "1")]
    [InlineData("docman", "2")]
    public async Task Another_BP_and_callers_of_other_kinds_get_the_unauthorized_body(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/building/list?BPID={bpid}&ResidenceNumber=R-100", await TokenOf(login)), HttpStatusCode.BadRequest, UnauthorizedClient);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await GetAsync("/building/list?BPID=2&ResidenceNumber=R-100", token), HttpStatusCode.BadRequest, UnauthorizedClient);
    }
}

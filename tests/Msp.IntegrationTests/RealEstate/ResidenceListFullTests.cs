using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>GET /residence/listFull (spec 6.29): P and A; 6.28's residences with their buildings, a bare array.</summary>
public sealed class ResidenceListFullTests(MspApiFactory api) : RealEstateApiTest(api)
{
    private static readonly string R100 = Residence.TrimEnd('}') + $$""","buildings":[{{HausA}}]}""";

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task The_BP_s_residences_with_their_buildings(string login)
    {
        using var response = await GetAsync("/residence/listFull?BPID=2", await TokenOf(login));
        await AssertBody(response, HttpStatusCode.OK, $"[{R100}]");
        Assert.False(response.Headers.Contains("X-Total-Count"));
    }

    [Fact]
    public async Task A_page_of_residences_carries_exactly_their_buildings()
    {
        var nord = await AddResidenceAsync(2, "R-200", "Lindau Nord");
        var empty = await AddResidenceAsync(2, "R-300", "Lindau Süd");
        var b1 = await AddBuildingAsync(2, nord, "Haus N1");
        var b2 = await AddBuildingAsync(2, nord, "Haus N2");
        var other = await AddResidenceAsync(1, "V-1", "Zug See");
        await AddBuildingAsync(1, other, "Seehaus");
        var token = await TokenOf("lindau.admin");

        using var page = await GetAsync("/residence/listFull?BPID=2&offset=1&limit=2", token);
        await AssertBody(
            page,
            HttpStatusCode.OK,
            $$"""
            [{"id":"{{nord}}","residence_number":"R-200","name":"Lindau Nord","postcode":"8307","city":"Lindau","buildings":[
               {"id":"{{b1}}","residence_id":"{{nord}}","name":"Haus N1","street_name":"Dorfstrasse","street_number":"1"},
               {"id":"{{b2}}","residence_id":"{{nord}}","name":"Haus N2","street_name":"Dorfstrasse","street_number":"1"}]},
             {"id":"{{empty}}","residence_number":"R-300","name":"Lindau Süd","postcode":"8307","city":"Lindau","buildings":[]}]
            """);
        Assert.Equal("3", Assert.Single(page.Headers.GetValues("X-Total-Count")));

        using var first = await GetAsync("/residence/listFull?BPID=2&limit=1", token);
        await AssertBody(first, HttpStatusCode.OK, $"[{R100}]");
    }

    [Theory]
    [InlineData("admin", "1")]
    [InlineData("admin", "999")]
    [InlineData("vzug.admin", "1")]
    public async Task A_BP_without_residences_has_an_empty_list(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/residence/listFull?BPID={bpid}", await TokenOf(login)), HttpStatusCode.OK, "[]");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?BPID=-2")]
    public async Task A_missing_or_malformed_BPID_names_no_BP_so_the_list_is_empty(string query)
    {
        await AssertBody(await GetAsync($"/residence/listFull{query}", await TokenOf("admin")), HttpStatusCode.OK, "[]");
    }

    [Theory]
    [InlineData("vzug.admin", "2")]
    [InlineData("lindau.admin", "1")]
    [InlineData("jorge", "2")]
    [InlineData("docman", "2")]
    [InlineData("comlite", "2")]
    public async Task Another_BP_and_callers_of_other_kinds_get_the_unauthorized_body(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/residence/listFull?BPID={bpid}", await TokenOf(login)), HttpStatusCode.BadRequest, ClienteNotAuthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await GetAsync("/residence/listFull?BPID=2", token), HttpStatusCode.BadRequest, ClienteNotAuthorized);
    }
}

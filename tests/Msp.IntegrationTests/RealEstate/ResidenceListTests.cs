using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>GET /residence/list (spec 6.28): P and A; a bare array, its total in <c>X-Total-Count</c> when paged.</summary>
public sealed class ResidenceListTests(MspApiFactory api) : RealEstateApiTest(api)
{
    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task The_BP_s_residences(string login)
    {
        using var response = await GetAsync("/residence/list?BPID=2", await TokenOf(login));
        await AssertBody(response, HttpStatusCode.OK, $"[{Residence}]");
        Assert.False(response.Headers.Contains("X-Total-Count"));
    }

    [Theory]
    [InlineData("vzug.admin", "1")]
    [InlineData("admin", "1")]
    [InlineData("admin", "999")]
    public async Task A_BP_without_residences_has_an_empty_list(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/residence/list?BPID={bpid}", await TokenOf(login)), HttpStatusCode.OK, "[]");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?BPID=0")]
    [InlineData("?BPID=two")]
    public async Task A_missing_or_malformed_BPID_names_no_BP_so_the_list_is_empty(string query)
    {
        await AssertBody(await GetAsync($"/residence/list{query}", await TokenOf("lindau.admin")), HttpStatusCode.OK, "[]");
    }

    [Fact]
    public async Task Residences_come_in_id_order_and_a_page_carries_the_total_in_a_header()
    {
        var second = await AddResidenceAsync(2, "R-200", "Lindau Nord");
        var third = await AddResidenceAsync(2, "R-300", "Lindau Süd");
        await AddResidenceAsync(1, "V-1", "Zug See");
        var token = await TokenOf("lindau.admin");

        using var page = await GetAsync("/residence/list?BPID=2&offset=1&limit=1", token);
        await AssertBody(page, HttpStatusCode.OK, $$"""[{"id":"{{second}}","residence_number":"R-200","name":"Lindau Nord","postcode":"8307","city":"Lindau"}]""");
        Assert.Equal("3", Assert.Single(page.Headers.GetValues("X-Total-Count")));

        var all = await ReadJson(await GetAsync("/residence/list?BPID=2", token));
        Assert.Equal(["1", second.ToString(), third.ToString()], all.AsArray().Select(r => r!["id"]!.GetValue<string>()));

        using var past = await GetAsync("/residence/list?BPID=2&offset=10", token);
        await AssertBody(past, HttpStatusCode.OK, "[]");
        Assert.Equal("3", Assert.Single(past.Headers.GetValues("X-Total-Count")));
    }

    [Theory]
    [InlineData("vzug.admin", "2")]
    [InlineData("lindau.admin", "1")]
    [InlineData("lindau.admin", "999")]
    public async Task A_partner_admin_naming_another_BP_gets_the_unauthorized_body(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/residence/list?BPID={bpid}", await TokenOf(login)), HttpStatusCode.BadRequest, ClienteNotAuthorized);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("demo.vzug")]
    [InlineData("docman")]
    public async Task End_users_and_services_get_the_unauthorized_body(string login)
    {
        await AssertBody(await GetAsync("/residence/list?BPID=2", await TokenOf(login)), HttpStatusCode.BadRequest, ClienteNotAuthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await GetAsync("/residence/list?BPID=2", token), HttpStatusCode.BadRequest, ClienteNotAuthorized);
    }
}

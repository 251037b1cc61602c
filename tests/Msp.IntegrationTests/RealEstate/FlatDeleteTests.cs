using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>DELETE /flat/delete (spec 6.10): P and A; 200 <c>{"msg":"ok"}</c>; an occupied flat stays (ADR 20).</summary>
public sealed class FlatDeleteTests(MspApiFactory api) : RealEstateApiTest(api)
{
    private const string FlatOccupied = """{"msg":"No address found "}""";

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task An_available_flat_is_deleted(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", "2")), HttpStatusCode.OK, Ok);

        await AssertBody(await GetAsync("/flat/listAvailable?BPID=2", token), HttpStatusCode.NotFound, NoFlatFound);
        await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", "2")), HttpStatusCode.NotFound, NoFlatFound);
    }

    [Fact]
    public async Task The_flat_id_may_come_in_the_query()
    {
        await AssertBody(await DeleteAsync("/flat/delete?flatID=2", await TokenOf("lindau.admin")), HttpStatusCode.OK, Ok);
    }

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task An_occupied_flat_stays(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", "1")), HttpStatusCode.Forbidden, FlatOccupied);

        await AssertBody(await GetAsync("/flat/listOccupied?BPID=2", token), HttpStatusCode.OK, $$"""{"data":[{{Flat1}}]}""");
    }

    [Fact]
    public async Task A_flat_no_address_points_at_any_longer_can_go()
    {
        await ExecuteAsync("UPDATE addresses SET flat_id = NULL WHERE id = 194");
        await AssertBody(await DeleteAsync("/flat/delete", await TokenOf("lindau.admin"), ("flatID", "1")), HttpStatusCode.OK, Ok);
    }

    /// <summary>Flats 1 (occupied) and 2 are BP 2's: for BP 1's admin each is answered exactly as one that does not exist.</summary>
    [Theory]
    [InlineData("vzug.admin", "1")]
    [InlineData("vzug.admin", "2")]
    [InlineData("vzug.admin", "999")]
    [InlineData("lindau.admin", "999")]
    [InlineData("admin", "999")]
    [InlineData("lindau.admin", "0")]
    [InlineData("lindau.admin", "x")]
    public async Task A_flat_of_another_BP_is_answered_as_one_that_does_not_exist(string login, string flatId)
    {
        await AssertBody(await DeleteAsync("/flat/delete", await TokenOf(login), ("flatID", flatId)), HttpStatusCode.NotFound, NoFlatFound);
        Assert.Equal(2, await QueryAsync<long>("SELECT COUNT(*) FROM flats"));
    }

    [Fact]
    public async Task A_missing_flatID_names_no_flat()
    {
        await AssertBody(await DeleteAsync("/flat/delete", await TokenOf("lindau.admin")), HttpStatusCode.NotFound, NoFlatFound);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("docman")]
    [InlineData("comlite")]
    public async Task End_users_and_services_get_the_unauthorized_body(string login)
    {
        await AssertBody(await DeleteAsync("/flat/delete", await TokenOf(login), ("flatID", "2")), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal(2, await QueryAsync<long>("SELECT COUNT(*) FROM flats"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", "2")), HttpStatusCode.BadRequest, UnauthorizedClient);
    }
}

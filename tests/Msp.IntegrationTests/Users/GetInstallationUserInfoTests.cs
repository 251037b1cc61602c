using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class GetInstallationUserInfoTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string NoUserFound = """{"msg":"No user found"}""";

    private const string JorgesHome = """
        {"name":"My Home","company":"","firstname":"Jorge","lastname":"Sanchez","street_address":"Markt","postcode":"8400","country_iso":"CH","state":"Zürich","city":"Winterthur"}
        """;

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    [InlineData("docman")]
    [InlineData("comlite")]
    [InlineData("admin")]
    public async Task The_installation_addresses_for_every_caller_who_may_see_the_user(string login)
    {
        await AssertBody(await GetAsync("/getInstallationUserInfo?UserID=955", await TokenOf(login)), HttpStatusCode.OK, $$"""{"data":[{{JorgesHome}}]}""");
    }

    [Fact]
    public async Task Only_installation_addresses_are_listed_and_pages_carry_the_iterator()
    {
        var token = await TokenOf("jorge");
        await ReadJson(await SendAsync(
            HttpMethod.Post, "/address/create", token, Form(("name", "Office"), ("street_address", "Bahnhofstrasse"), ("city", "Basel"), ("installation", "0"))));
        await AssertBody(
            await GetAsync("/getInstallationUserInfo?UserID=955&offset=0", token),
            HttpStatusCode.OK,
            $$$"""{"data":[{{{JorgesHome}}}],"iterator":{"existsPrev":false,"existsNext":false,"count":1}}""");
    }

    [Fact]
    public async Task A_user_without_an_installation_address_gets_an_empty_list()
    {
        await AssertBody(await GetAsync("/getInstallationUserInfo?UserID=1097", await TokenOf("vzug.admin")), HttpStatusCode.OK, """{"data":[]}""");
    }

    [Theory]
    [InlineData("demo.vzug", "955")]
    [InlineData("vzug.admin", "955")]
    [InlineData("lindau.admin", "1097")]
    [InlineData("comlite", "1097")]
    [InlineData("admin", "99999")]
    [InlineData("admin", "0")]
    [InlineData("admin", "abc")]
    public async Task Another_user_another_BP_s_user_a_non_subscriber_and_an_unknown_user_get_the_same_403(string login, string userId)
    {
        await AssertBody(await GetAsync($"/getInstallationUserInfo?UserID={userId}", await TokenOf(login)), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task A_missing_UserID_and_a_user_pending_deletion_answer_403()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await GetAsync("/getInstallationUserInfo", token), HttpStatusCode.Forbidden, NoUserFound);
        await AssertBody(await PutAsync("/users/delete/955", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertBody(await GetAsync("/getInstallationUserInfo?UserID=955", token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await GetAsync("/getInstallationUserInfo?UserID=955", token), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }
}

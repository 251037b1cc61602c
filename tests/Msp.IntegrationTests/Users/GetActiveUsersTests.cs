using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class GetActiveUsersTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string NoUserFound = """{"msg":"No user found"}""";

    private const string Demo = """{"userID":"1097","name":"Fam.","surname":"Muster  VZUG","tel":"","email":"demo.vzug@streamnow.ch"}""";

    private const string Antonio = """{"userID":"1154","name":"Antonio2 José","surname":"Jiménez","tel":"+41791234567","email":"antonio@example.ch"}""";

    private const string Jorge = """{"userID":"955","name":"Jorge","surname":"Sanchez","tel":"+41783338763","email":"jorge.sanchez@casacom.ch"}""";

    [Theory]
    [InlineData("vzug.admin")]
    [InlineData("admin")]
    public async Task The_BP_s_active_end_users_only_no_disabled_user_and_no_admin(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/getActiveUsers", token, Form(("BPID", "1"))),
            HttpStatusCode.OK,
            $$"""{"data":[{{Demo}},{{Antonio}}]}""");
    }

    [Fact]
    public async Task The_BPID_is_read_from_a_JSON_body_or_the_query_string()
    {
        var token = await TokenOf("lindau.admin");
        var expected = $$"""{"data":[{{Jorge}}]}""";
        await AssertBody(await SendAsync(HttpMethod.Post, "/getActiveUsers", token, Json(new { bp_id = 2 })), HttpStatusCode.OK, expected);
        await AssertBody(await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=2", token), HttpStatusCode.OK, expected);
    }

    [Theory]
    [InlineData("offset=0&limit=1", "1097", false, true)]
    [InlineData("offset=1&limit=1", "1154", true, false)]
    public async Task Pages_carry_the_iterator(string paging, string userId, bool existsPrev, bool existsNext)
    {
        var token = await TokenOf("vzug.admin");
        var body = await ReadJson(await SendAsync(HttpMethod.Post, $"/getActiveUsers?BPID=1&{paging}", token));
        Assert.Equal(userId, Assert.Single(body["data"]!.AsArray())!["userID"]!.GetValue<string>());
        Assert.Equal(existsPrev, body["iterator"]!["existsPrev"]!.GetValue<bool>());
        Assert.Equal(existsNext, body["iterator"]!["existsNext"]!.GetValue<bool>());
        Assert.Equal(2, body["iterator"]!["count"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_page_past_the_end_of_a_BP_with_users_is_empty_not_403()
    {
        var token = await TokenOf("vzug.admin");
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=1&offset=5", token),
            HttpStatusCode.OK,
            """{"data":[],"iterator":{"existsPrev":true,"existsNext":false,"count":2}}""");
    }

    [Theory]
    [InlineData("vzug.admin", 2)]
    [InlineData("vzug.admin", 999)]
    [InlineData("lindau.admin", 1)]
    [InlineData("admin", 999)]
    [InlineData("demo.vzug", 1)]
    [InlineData("jorge", 2)]
    [InlineData("docman", 1)]
    [InlineData("docman", 2)]
    public async Task Callers_without_the_BP_and_unknown_BPs_get_the_same_403(string login, long partnerId)
    {
        var token = await TokenOf(login);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/getActiveUsers", token, Form(("BPID", partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            HttpStatusCode.Forbidden,
            NoUserFound);
    }

    [Fact]
    public async Task A_BP_whose_users_are_all_gone_answers_403()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await PutAsync("/users/delete/955", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertBody(await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=2", token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task A_disabled_user_leaves_the_list_and_comes_back_when_activated()
    {
        var token = await TokenOf("vzug.admin");
        await PutAsync("/users/disable/1097", token);
        await AssertBody(await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=1", token), HttpStatusCode.OK, $$"""{"data":[{{Antonio}}]}""");
        await PutAsync("/users/active/1097", token);
        await AssertBody(await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=1", token), HttpStatusCode.OK, $$"""{"data":[{{Demo}},{{Antonio}}]}""");
    }

    [Theory]
    [InlineData("/getActiveUsers")]
    [InlineData("/getActiveUsers?BPID=one")]
    [InlineData("/getActiveUsers?BPID=0")]
    public async Task A_missing_or_malformed_BPID_finds_no_user(string path)
    {
        var token = await TokenOf("admin");
        await AssertBody(await SendAsync(HttpMethod.Post, path, token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task Without_a_live_token_the_answer_is_the_cliente_variant()
    {
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=1", null),
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client","error_description":"The cliente is not authorized to request an access token using this method."}""");
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class GetGroupsBPTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string NoGroupFound = """{"msg":"No group found"}""";

    private const string TestJorge = """
        {"id":"5","name":"test Jorge","users":[{"id":"896","name":"Mickey","lastname":"Maus"},{"id":"1097","name":"Fam.","lastname":"Muster  VZUG"},{"id":"1154","name":"Antonio2 José","lastname":"Jiménez"}]}
        """;

    private const string TestUser = """{"id":"1","name":"Test user","users":[{"id":"955","name":"Jorge","lastname":"Sanchez"}]}""";

    private const string Mitte = """{"id":"2","name":"Mitte","users":[{"id":"955","name":"Jorge","lastname":"Sanchez"}]}""";

    [Theory]
    [InlineData("vzug.admin")]
    [InlineData("admin")]
    public async Task The_BP_s_groups_with_their_members(string login)
    {
        await AssertBody(await GetAsync("/getGroupsBP?BPID=1", await TokenOf(login)), HttpStatusCode.OK, $$"""{"data":[{{TestJorge}}]}""");
    }

    [Fact]
    public async Task Groups_come_in_id_order_and_pages_carry_the_iterator()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await GetAsync("/getGroupsBP?BPID=2", token), HttpStatusCode.OK, $$"""{"data":[{{TestUser}},{{Mitte}}]}""");
        await AssertBody(
            await GetAsync("/getGroupsBP?BPID=2&offset=1&limit=1", token),
            HttpStatusCode.OK,
            $$$"""{"data":[{{{Mitte}}}],"iterator":{"existsPrev":true,"existsNext":false,"count":2}}""");
        await AssertBody(
            await GetAsync("/getGroupsBP?BPID=2&offset=5", token),
            HttpStatusCode.OK,
            """{"data":[],"iterator":{"existsPrev":true,"existsNext":false,"count":2}}""");
    }

    [Fact]
    public async Task A_member_pending_deletion_is_no_longer_listed()
    {
        var token = await TokenOf("vzug.admin");
        await AssertBody(await PutAsync("/users/delete/1154", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        var body = await ReadJson(await GetAsync("/getGroupsBP?BPID=1", token));
        Assert.Equal(["896", "1097"], body["data"]![0]!["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("vzug.admin", "2")]
    [InlineData("lindau.admin", "1")]
    [InlineData("vzug.admin", "999")]
    [InlineData("admin", "999")]
    [InlineData("demo.vzug", "1")]
    [InlineData("jorge", "2")]
    [InlineData("docman", "1")]
    [InlineData("comlite", "2")]
    [InlineData("admin", "0")]
    [InlineData("admin", "one")]
    public async Task Another_BP_an_unknown_BP_a_caller_without_BPs_and_a_malformed_BPID_get_the_same_403(string login, string bpid)
    {
        await AssertBody(await GetAsync($"/getGroupsBP?BPID={bpid}", await TokenOf(login)), HttpStatusCode.Forbidden, NoGroupFound);
    }

    [Fact]
    public async Task A_BP_without_groups_answers_403()
    {
        await ExecuteSqlAsync("DELETE FROM user_group_members WHERE group_id = 5");
        await ExecuteSqlAsync("DELETE FROM user_groups WHERE id = 5");
        await AssertBody(await GetAsync("/getGroupsBP?BPID=1", await TokenOf("vzug.admin")), HttpStatusCode.Forbidden, NoGroupFound);
    }

    [Fact]
    public async Task A_missing_BPID_answers_403()
    {
        await AssertBody(await GetAsync("/getGroupsBP", await TokenOf("admin")), HttpStatusCode.Forbidden, NoGroupFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await GetAsync("/getGroupsBP?BPID=1", token), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }
}

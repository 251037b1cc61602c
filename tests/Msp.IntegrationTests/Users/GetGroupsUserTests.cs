using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class GetGroupsUserTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string NoGroupFound = """{"msg":"No group found"}""";

    private const string JorgesGroups = """{"data":[{"id":"1","name":"Test user"},{"id":"2","name":"Mitte"}]}""";

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task The_user_s_groups_for_itself_its_partner_admin_and_the_msp_admin(string login)
    {
        await AssertBody(await GetAsync("/getGroupsUser?userID=955", await TokenOf(login)), HttpStatusCode.OK, JorgesGroups);
    }

    [Fact]
    public async Task Pages_carry_the_iterator()
    {
        await AssertBody(
            await GetAsync("/getGroupsUser?user_id=955&limit=1", await TokenOf("jorge")),
            HttpStatusCode.OK,
            """{"data":[{"id":"1","name":"Test user"}],"iterator":{"existsPrev":false,"existsNext":true,"count":2}}""");
    }

    [Theory]
    [InlineData("demo.vzug", "955")]
    [InlineData("demo.vzug", "1154")]
    [InlineData("vzug.admin", "955")]
    [InlineData("lindau.admin", "1097")]
    [InlineData("admin", "99999")]
    [InlineData("docman", "955")]
    [InlineData("comlite", "955")]
    [InlineData("admin", "0")]
    [InlineData("admin", "x")]
    public async Task Another_user_another_BP_s_user_an_unknown_user_or_a_service_get_the_same_403(string login, string userId)
    {
        await AssertBody(await GetAsync($"/getGroupsUser?userID={userId}", await TokenOf(login)), HttpStatusCode.Forbidden, NoGroupFound);
    }

    [Fact]
    public async Task A_user_in_no_group_and_a_missing_userID_answer_403()
    {
        var token = await TokenOf("admin");
        await AssertBody(await GetAsync("/getGroupsUser?userID=921", token), HttpStatusCode.Forbidden, NoGroupFound);
        await AssertBody(await GetAsync("/getGroupsUser", token), HttpStatusCode.Forbidden, NoGroupFound);
    }

    [Fact]
    public async Task A_user_pending_deletion_belongs_to_no_group()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await PutAsync("/users/delete/955", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertBody(await GetAsync("/getGroupsUser?userID=955", token), HttpStatusCode.Forbidden, NoGroupFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_cliente_variant(string? token)
    {
        await AssertBody(
            await GetAsync("/getGroupsUser?userID=955", token),
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client","error_description":"The cliente is not authorized to request an access token using this method."}""");
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class UsersDisableTests(MspApiFactory api) : UserStatusOperationTests(api)
{
    private const string CredentialsDidNotMatch = """{"msg":"The credentials you entered did not match our records"}""";

    protected override string Operation => "disable";

    protected override int ResultingStatus => 0;

    [Fact]
    public async Task A_disabled_user_can_no_longer_sign_in_nor_use_its_token()
    {
        var (access, refresh) = await TokensOf("jorge");
        var partner = await TokenOf("lindau.admin");

        await AssertBody(await CallAsync(955, partner), HttpStatusCode.OK, Ok);

        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", PasswordOf("jorge")))),
            HttpStatusCode.Forbidden,
            CredentialsDidNotMatch);
        await AssertBody(await Client.PostAsync("/auth/login", Form(("uid", "STB-0955-0001"))), HttpStatusCode.Forbidden, CredentialsDidNotMatch);
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", access), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        await AssertBody(
            await GetAsync($"/refreshToken?refresh_token={refresh}", access),
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client"}""");
    }

    [Fact]
    public async Task Disabling_twice_is_still_ok()
    {
        var token = await TokenOf("vzug.admin");
        await AssertBody(await CallAsync(896, token), HttpStatusCode.OK, Ok);
        Assert.Equal(0, await AccountStatusAsync(896));
    }

    [Fact]
    public async Task Disabling_a_user_pending_deletion_keeps_it_disabled_instead()
    {
        var token = await TokenOf("vzug.admin");
        await AssertBody(await PutAsync("/users/delete/1154", token), HttpStatusCode.OK, Ok);
        await AssertBody(await CallAsync(1154, token), HttpStatusCode.OK, Ok);
        Assert.Equal(0, await AccountStatusAsync(1154));
    }
}

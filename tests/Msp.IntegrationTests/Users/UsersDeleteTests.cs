using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class UsersDeleteTests(MspApiFactory api) : UserStatusOperationTests(api)
{
    private const string CredentialsDidNotMatch = """{"msg":"The credentials you entered did not match our records"}""";

    protected override string Operation => "delete";

    protected override int ResultingStatus => 2;

    [Fact]
    public async Task A_deleted_user_can_no_longer_sign_in_nor_use_a_token_issued_before()
    {
        var before = await TokenOf("jorge");
        var partner = await TokenOf("lindau.admin");

        await AssertBody(await CallAsync(955, partner), HttpStatusCode.OK, Ok);

        Assert.Equal(2, await AccountStatusAsync(955));
        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("email", "jorge.sanchez@casacom.ch"), ("password", PasswordOf("jorge")))),
            HttpStatusCode.Forbidden,
            CredentialsDidNotMatch);
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=955", before), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        await AssertBody(await GetAsync("/getUserInfo", before), HttpStatusCode.OK, CredentialsDidNotMatch);
    }

    [Fact]
    public async Task Pending_deletion_alone_stops_a_token_even_if_it_was_not_revoked()
    {
        var before = await TokenOf("jorge");
        await ExecuteSqlAsync("UPDATE accounts SET status = 2 WHERE id = 955");
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", before), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }

    [Fact]
    public async Task Deleting_twice_is_still_ok()
    {
        var token = await TokenOf("admin");
        await AssertBody(await CallAsync(1097, token), HttpStatusCode.OK, Ok);
        await AssertBody(await CallAsync(1097, token), HttpStatusCode.OK, Ok);
        Assert.Equal(2, await AccountStatusAsync(1097));
    }
}

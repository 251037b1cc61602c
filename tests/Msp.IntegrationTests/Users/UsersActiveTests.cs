using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class UsersActiveTests(MspApiFactory api) : UserStatusOperationTests(api)
{
    protected override string Operation => "active";

    protected override int ResultingStatus => 1;

    [Fact]
    public async Task An_activated_user_signs_in_again_but_its_old_token_stays_dead()
    {
        var before = await TokenOf("jorge");
        var partner = await TokenOf("lindau.admin");
        await AssertBody(await PutAsync("/users/disable/955", partner), HttpStatusCode.OK, Ok);

        await AssertBody(await CallAsync(955, partner), HttpStatusCode.OK, Ok);

        var after = await TokenOf("jorge");
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", after), HttpStatusCode.OK, GetBasicUserInfoTests.Jorge);
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", before), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }

    [Fact]
    public async Task The_seed_s_disabled_user_is_activated_and_signs_in()
    {
        var token = await TokenOf("vzug.admin");
        await AssertBody(await CallAsync(896, token), HttpStatusCode.OK, Ok);
        await LoginAsync("mickey", "Mickey#1");
    }

    [Fact]
    public async Task Activating_a_user_pending_deletion_takes_it_back()
    {
        var partner = await TokenOf("lindau.admin");
        await AssertBody(await PutAsync("/users/delete/955", partner), HttpStatusCode.OK, Ok);

        await AssertBody(await CallAsync(955, partner), HttpStatusCode.OK, Ok);

        Assert.Equal(1, await AccountStatusAsync(955));
        var token = await TokenOf("jorge");
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=955", token), HttpStatusCode.OK, GetBillingUserInfoTests.JorgeBilling);
    }
}

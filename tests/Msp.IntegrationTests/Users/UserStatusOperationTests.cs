using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

/// <summary>
/// What users/active, users/disable and users/delete share (ADR 8): who may call them, on whom, and the bodies of
/// every refusal. Each operation's test class runs these for its own path.
/// </summary>
public abstract class UserStatusOperationTests(MspApiFactory api) : UsersApiTest(api)
{
    protected const string Ok = """{"msg":"ok"}""";

    protected const string UserNotAllowed = """{"msg":"User not allowed"}""";

    protected const string NotFound = """{"msg":"Not found"}""";

    /// <summary>The path segment: active, disable or delete.</summary>
    protected abstract string Operation { get; }

    /// <summary>The status the operation leaves the user in.</summary>
    protected abstract int ResultingStatus { get; }

    /// <summary>The demo end users by login, whose status a test may change before the call.</summary>
    private static readonly Dictionary<string, long> EndUsers = new(StringComparer.Ordinal)
    {
        ["demo.vzug"] = 1097, ["antonio"] = 1154, ["mickey"] = 896, ["jorge"] = 955,
    };

    protected Task<HttpResponseMessage> CallAsync(long userId, string? token) => PutAsync($"/users/{Operation}/{userId}", token);

    /// <summary>
    /// Puts an end user in a status other than the one the operation leaves (0 before users/active, 1 before the others),
    /// so that only the operation can bring it there, and answers the status the account is in now. The caller itself
    /// stays active: an inactive caller's token is dead.
    /// </summary>
    protected async Task<int?> ArrangeOtherStatusAsync(long userId, string? caller = null)
    {
        if (userId == Nobody)
        {
            return null;
        }

        var arranged = EndUsers.ContainsValue(userId) && !(caller is not null && EndUsers.TryGetValue(caller, out var self) && self == userId);
        if (arranged)
        {
            await ExecuteSqlAsync("UPDATE accounts SET status = @Status WHERE id = @Id", ("@Status", ResultingStatus == 1 ? 0 : 1), ("@Id", userId));
            Assert.NotEqual(ResultingStatus, await AccountStatusAsync(userId));
        }

        return await AccountStatusAsync(userId);
    }

    [Theory]
    [InlineData("vzug.admin", 1097)]
    [InlineData("vzug.admin", 1154)]
    [InlineData("vzug.admin", 896)]
    [InlineData("lindau.admin", 955)]
    [InlineData("admin", 955)]
    [InlineData("admin", 1154)]
    public async Task The_BP_s_partner_admin_and_the_msp_admin_may(string login, long userId)
    {
        var token = await TokenOf(login);
        await ArrangeOtherStatusAsync(userId);
        await AssertBody(await CallAsync(userId, token), HttpStatusCode.OK, Ok);
        Assert.Equal(ResultingStatus, await AccountStatusAsync(userId));
    }

    [Theory]
    [InlineData("jorge", 955)]
    [InlineData("demo.vzug", 1154)]
    [InlineData("demo.vzug", 955)]
    [InlineData("demo.vzug", Nobody)]
    [InlineData("docman", 1097)]
    [InlineData("docman", 1154)]
    [InlineData("docman", Nobody)]
    public async Task End_users_and_services_are_not_allowed_whoever_the_target(string login, long userId)
    {
        var token = await TokenOf(login);
        var before = await ArrangeOtherStatusAsync(userId, login);
        await AssertBody(await CallAsync(userId, token), HttpStatusCode.Forbidden, UserNotAllowed);
        Assert.Equal(before, await StatusOrNullAsync(userId));
    }

    [Theory]
    [InlineData("vzug.admin", 920)]
    [InlineData("lindau.admin", 921)]
    [InlineData("admin", 920)]
    [InlineData("admin", 910)]
    [InlineData("admin", 1)]
    public async Task An_account_that_is_not_an_end_user_is_not_allowed(string login, long userId)
    {
        var token = await TokenOf(login);
        var before = await ArrangeOtherStatusAsync(userId, login);
        await AssertBody(await CallAsync(userId, token), HttpStatusCode.Forbidden, UserNotAllowed);
        Assert.Equal(before, await StatusOrNullAsync(userId));
    }

    [Theory]
    [InlineData("vzug.admin", 955)]
    [InlineData("vzug.admin", 921)]
    [InlineData("vzug.admin", Nobody)]
    [InlineData("lindau.admin", 1097)]
    [InlineData("admin", Nobody)]
    public async Task Users_of_another_BP_and_unknown_users_are_not_found(string login, long userId)
    {
        var token = await TokenOf(login);
        var before = await ArrangeOtherStatusAsync(userId, login);
        await AssertBody(await CallAsync(userId, token), HttpStatusCode.NotFound, NotFound);
        Assert.Equal(before, await StatusOrNullAsync(userId));
    }

    [Fact]
    public async Task A_partner_admin_cannot_tell_another_BP_s_user_from_no_user()
    {
        var token = await TokenOf("vzug.admin");
        using var elsewhere = await CallAsync(955, token);
        using var nowhere = await CallAsync(Nobody, token);
        Assert.Equal(nowhere.StatusCode, elsewhere.StatusCode);
        Assert.Equal(await nowhere.Content.ReadAsStringAsync(), await elsewhere.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("")]
    public async Task A_malformed_or_missing_id_is_not_found(string userId)
    {
        var token = await TokenOf("admin");
        await AssertBody(await PutAsync($"/users/{Operation}/{userId}", token), HttpStatusCode.NotFound, NotFound);
    }

    [Fact]
    public async Task The_id_may_come_from_a_form_instead_of_the_path()
    {
        var token = await TokenOf("vzug.admin");
        await ArrangeOtherStatusAsync(1154);
        await AssertBody(await SendAsync(HttpMethod.Put, $"/users/{Operation}", token, Form(("userID", "1154"))), HttpStatusCode.OK, Ok);
        Assert.Equal(ResultingStatus, await AccountStatusAsync(1154));
    }

    [Fact]
    public async Task Without_a_live_token_the_answer_is_unauthorized_client()
    {
        var before = await ArrangeOtherStatusAsync(1154);
        await AssertBody(await CallAsync(1154, null), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        await AssertBody(await CallAsync(1154, new string('x', 40)), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        Assert.Equal(before, await AccountStatusAsync(1154));
    }

    private async Task<int?> StatusOrNullAsync(long userId) => userId == Nobody ? null : await AccountStatusAsync(userId);
}

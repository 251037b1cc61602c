using System.Net;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Users;

namespace Msp.IntegrationTests.Services;

/// <summary>services/disableforUser and services/enableforUser (spec 6.34, 6.36): one end user's subscription.</summary>
public sealed class UserServiceSwitchTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string Ok = """{"msg":"ok"}""";

    private const string SiteAccessDenied = """{"msg":"Site access denied"}""";

    private const string NoUserFound = """{"msg":"No user found"}""";

    private const string NotFound = """{"msg":"Service not found"}""";

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task Disabling_for_a_user_ends_the_subscription_and_the_upstream_refuses_until_enabled(string login)
    {
        var token = await TokenOf(login);
        var jorge = await TokenOf("jorge");

        await AssertBody(await SwitchAsync("disableforUser", token, "4", "955"), HttpStatusCode.OK, Ok);
        Assert.DoesNotContain(4L, await SubscriptionsAsync(955));
        await AssertBody(await SendAsync(HttpMethod.Post, "/comlite/getTerminals", jorge), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        await AssertBody(await SwitchAsync("disableforUser", token, "4", "955"), HttpStatusCode.OK, Ok);

        await AssertBody(await SwitchAsync("enableforUser", token, "4", "955"), HttpStatusCode.OK, Ok);
        await AssertBody(await SwitchAsync("enableforUser", token, "4", "955"), HttpStatusCode.OK, Ok);
        Assert.Contains(4L, await SubscriptionsAsync(955));
        var terminals = await ReadJson(await SendAsync(HttpMethod.Post, "/comlite/getTerminals", jorge));
        Assert.Equal("ok", terminals["status"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enabling_subscribes_the_user_to_a_service_its_BP_offers()
    {
        await AssertBody(await SwitchAsync("enableforUser", await TokenOf("vzug.admin"), "3", "1154"), HttpStatusCode.OK, Ok);
        Assert.Equal([3L], await SubscriptionsAsync(1154));
    }

    [Fact]
    public async Task A_service_the_user_s_BP_does_not_offer_is_not_found_for_that_user()
    {
        await AssertBody(await SwitchAsync("enableforUser", await TokenOf("admin"), "4", "1154"), HttpStatusCode.NotFound, NotFound);
        Assert.Empty(await SubscriptionsAsync(1154));
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("demo.vzug")]
    [InlineData("comlite")]
    [InlineData("docman")]
    public async Task End_users_and_service_accounts_get_Site_access_denied(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(await SwitchAsync("disableforUser", token, "4", "955"), HttpStatusCode.Forbidden, SiteAccessDenied);
        await AssertBody(await SwitchAsync("enableforUser", token, "4", "1154"), HttpStatusCode.Forbidden, SiteAccessDenied);
        Assert.Contains(4L, await SubscriptionsAsync(955));
    }

    [Theory]
    [InlineData("vzug.admin", "955")]
    [InlineData("lindau.admin", "1097")]
    [InlineData("admin", "99999")]
    [InlineData("admin", "921")]
    [InlineData("admin", "0")]
    [InlineData("admin", "x")]
    [InlineData("admin", null)]
    public async Task Another_BP_s_user_an_unknown_or_malformed_user_and_a_non_end_user_get_No_user_found(string login, string? userId)
    {
        var token = await TokenOf(login);
        await AssertBody(await SwitchAsync("disableforUser", token, "3", userId), HttpStatusCode.Forbidden, NoUserFound);
        await AssertBody(await SwitchAsync("enableforUser", token, "3", userId), HttpStatusCode.Forbidden, NoUserFound);
        Assert.Contains(3L, await SubscriptionsAsync(955));
    }

    [Fact]
    public async Task A_user_pending_deletion_is_not_found()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await PutAsync("/users/delete/955", token), HttpStatusCode.OK, Ok);
        await AssertBody(await SwitchAsync("disableforUser", token, "3", "955"), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("0")]
    [InlineData("three")]
    [InlineData(null)]
    public async Task An_unknown_missing_or_malformed_service_is_not_found(string? serviceId)
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await SwitchAsync("disableforUser", token, serviceId, "955"), HttpStatusCode.NotFound, NotFound);
        await AssertBody(await SwitchAsync("enableforUser", token, serviceId, "955"), HttpStatusCode.NotFound, NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await SwitchAsync("disableforUser", token, "4", "955"), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        await AssertBody(await SwitchAsync("enableforUser", token, "4", "955"), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }

    private Task<HttpResponseMessage> SwitchAsync(string action, string? token, string? serviceId, string? userId)
    {
        var fields = new List<(string, string)>();
        if (serviceId is not null)
        {
            fields.Add(("Service_ID", serviceId));
        }

        if (userId is not null)
        {
            fields.Add(("User_id", userId));
        }

        return SendAsync(HttpMethod.Put, $"/services/{action}", token, Form([.. fields]));
    }

    private async Task<List<long>> SubscriptionsAsync(long userId)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT service_id FROM subscriptions WHERE account_id = " + userId + " ORDER BY service_id";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}

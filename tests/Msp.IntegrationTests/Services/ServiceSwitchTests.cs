using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Users;

namespace Msp.IntegrationTests.Services;

/// <summary>services/disable and services/enable (spec 6.33, 6.35): a whole service, for every subscriber.</summary>
public sealed class ServiceSwitchTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string Disabled = """{"msg":"Service disabled"}""";

    private const string Ok = """{"msg":"ok"}""";

    private const string AlreadyDisabled = """{"msg":"Service already disabled"}""";

    private const string AlreadyEnabled = """{"msg":"Service already enabled"}""";

    private const string NotFound = """{"msg":"Service not found"}""";

    private const string Unauthorized = """{"error":"unauthorized_client"}""";

    [Theory]
    [InlineData("comlite", "4")]
    [InlineData("docman", "3")]
    [InlineData("admin", "4")]
    [InlineData("admin", "7")]
    public async Task The_owner_or_the_msp_admin_switches_a_service_off_and_on_again(string login, string serviceId)
    {
        var token = await TokenOf(login);
        await AssertBody(await SwitchAsync("disable", token, serviceId), HttpStatusCode.OK, Disabled);
        await AssertBody(await SwitchAsync("disable", token, serviceId), HttpStatusCode.PaymentRequired, AlreadyDisabled);
        Assert.Equal(0, await ServiceActiveAsync(serviceId));

        await AssertBody(await SwitchAsync("enable", token, serviceId), HttpStatusCode.OK, Ok);
        await AssertBody(await SwitchAsync("enable", token, serviceId), HttpStatusCode.PaymentRequired, AlreadyEnabled);
        Assert.Equal(1, await ServiceActiveAsync(serviceId));
    }

    [Fact]
    public async Task A_disabled_Comlite_leaves_available_services_and_refuses_its_subscribers_until_enabled()
    {
        var comlite = await TokenOf("comlite");
        var jorge = await TokenOf("jorge");
        Assert.Contains("4", await AvailableServiceIdsAsync(jorge));

        await AssertBody(await SwitchAsync("disable", comlite, "4"), HttpStatusCode.OK, Disabled);
        Assert.DoesNotContain("4", await AvailableServiceIdsAsync(jorge));
        await AssertBody(await SendAsync(HttpMethod.Post, "/comlite/getTerminals", jorge), HttpStatusCode.BadRequest, Unauthorized);

        await AssertBody(await SwitchAsync("enable", comlite, "4"), HttpStatusCode.OK, Ok);
        Assert.Contains("4", await AvailableServiceIdsAsync(jorge));
        var terminals = await ReadJson(await SendAsync(HttpMethod.Post, "/comlite/getTerminals", jorge));
        Assert.Equal("ok", terminals["status"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("comlite", "3")]
    [InlineData("docman", "4")]
    [InlineData("comlite", "5")]
    public async Task A_service_account_switching_another_service_gets_the_unauthorized_body(string login, string serviceId)
    {
        var token = await TokenOf(login);
        await AssertBody(await SwitchAsync("disable", token, serviceId), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await SwitchAsync("enable", token, serviceId), HttpStatusCode.BadRequest, Unauthorized);
        Assert.Equal(1, await ServiceActiveAsync(serviceId));
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    [InlineData("vzug.admin")]
    public async Task End_users_and_partner_admins_get_the_unauthorized_body(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(await SwitchAsync("disable", token, "3"), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await SwitchAsync("enable", token, "3"), HttpStatusCode.BadRequest, Unauthorized);
        Assert.Equal(1, await ServiceActiveAsync("3"));
    }

    [Theory]
    [InlineData("admin", "999")]
    [InlineData("comlite", "999")]
    [InlineData("admin", "0")]
    [InlineData("admin", "four")]
    [InlineData("admin", null)]
    public async Task An_unknown_missing_or_malformed_service_is_not_found(string login, string? serviceId)
    {
        var token = await TokenOf(login);
        await AssertBody(await SwitchAsync("disable", token, serviceId), HttpStatusCode.NotFound, NotFound);
        await AssertBody(await SwitchAsync("enable", token, serviceId), HttpStatusCode.NotFound, NotFound);
    }

    [Fact]
    public async Task Two_disables_at_once_switch_once()
    {
        var token = await TokenOf("admin");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await SwitchAsync("disable", token, "5");
            return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
        }));
        Assert.Equal(1, answers.Count(a => a == (200, JsonNode.Parse(Disabled)!.ToJsonString())));
        Assert.Equal(5, answers.Count(a => a == (402, JsonNode.Parse(AlreadyDisabled)!.ToJsonString())));
        Assert.Equal(0, await ServiceActiveAsync("5"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await SwitchAsync("disable", token, "4"), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await SwitchAsync("enable", token, "4"), HttpStatusCode.BadRequest, Unauthorized);
    }

    private Task<HttpResponseMessage> SwitchAsync(string action, string? token, string? serviceId) =>
        SendAsync(HttpMethod.Put, $"/services/{action}", token, Form(serviceId is null ? [] : [("Service_ID", serviceId)]));

    private async Task<IReadOnlyList<string>> AvailableServiceIdsAsync(string token)
    {
        var profile = await ReadJson(await GetAsync("/getUserInfo", token));
        return profile["available_services"]!.AsArray().Select(s => s!["id"]!.ToString()).ToList();
    }

    private async Task<long> ServiceActiveAsync(string serviceId)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT active FROM services WHERE id = " + long.Parse(serviceId, System.Globalization.CultureInfo.InvariantCulture);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

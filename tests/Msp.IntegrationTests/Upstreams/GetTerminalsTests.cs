using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>Spec 4.1 on the default test host, whose upstreams are the Development sandboxes.</summary>
public sealed class GetTerminalsTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Subscribed_end_user_955_gets_the_spec_example_terminal()
    {
        var (token, _) = await TokensOf("jorge");

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.Terminals);
        using var printedPath = new HttpRequestMessage(HttpMethod.Post, "/comlite/getTerminals/?access_token=" + token);
        await AssertBody(await Client.SendAsync(printedPath), HttpStatusCode.OK, ComliteWire.Terminals);
    }

    [Fact]
    public async Task Subscriber_Comlite_does_not_know_gets_User_not_found()
    {
        await ExecuteAsync("INSERT INTO subscriptions (account_id, service_id, created_at) VALUES (1154, 4, @Now)", new { Now = DateTime.UtcNow });
        var (token, _) = await TokensOf("antonio");

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.OK, ComliteWire.UserNotFound);
    }

    [Fact]
    public async Task End_user_not_subscribed_to_Comlite_gets_the_unauthorized_body()
    {
        var (token, _) = await TokensOf("demo.vzug");

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.BadRequest, ComliteWire.Unauthorized);
    }

    [Fact]
    public async Task Subscriber_of_an_inactive_Comlite_service_gets_the_unauthorized_body()
    {
        await ExecuteAsync("UPDATE services SET active = 0 WHERE id = 4", null);
        var (token, _) = await TokensOf("jorge");

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.BadRequest, ComliteWire.Unauthorized);
    }

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("comlite")]
    [InlineData("docman")]
    [InlineData("admin")]
    public async Task Partner_admins_services_and_the_platform_admin_are_not_subscribers(string login)
    {
        var (token, _) = await TokensOf(login);

        await AssertBody(await GetTerminalsAsync(token), HttpStatusCode.BadRequest, ComliteWire.Unauthorized);
    }

    [Fact]
    public async Task Missing_or_unknown_token_gets_the_unauthorized_body()
    {
        await AssertBody(await Client.PostAsync("/comlite/getTerminals", null), HttpStatusCode.BadRequest, ComliteWire.Unauthorized);
        await AssertBody(await GetTerminalsAsync(new string('x', 40)), HttpStatusCode.BadRequest, ComliteWire.Unauthorized);
    }

    private async Task<HttpResponseMessage> GetTerminalsAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/comlite/getTerminals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    private async Task ExecuteAsync(string sql, object? param)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(sql, param);
    }
}

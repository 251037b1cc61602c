using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Messaging;
using Msp.IntegrationTests.Auth;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Instances;

/// <summary>
/// Two API instances on one database, as behind a load balancer (issue 13 §1): two hosts with their own services,
/// memory and write queues on one SQLite file in WAL mode (on the CI's SQL Server job, one database). What one
/// instance issues or counts, the other sees: tokens, session cookies, refresh-token reuse, the account lockout, the
/// per-address login limit; and two outbox dispatchers, one per instance, send each message once.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const int LoginRequestsPerMinute = 4;
    private const string RightPassword = "Jorge#2016";

    private readonly MspApiFactory _first = new MspApiFactory()
        .With("Auth:LockoutThreshold", "3")
        .With("Auth:LoginRequestsPerMinute", LoginRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private MspApiFactory _second = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_first).InitializeAsync();
        _second = _first.SecondInstance();
        await ((IAsyncLifetime)_second).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_second).DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
    }

    [Fact]
    public async Task A_token_and_a_session_cookie_from_one_instance_work_on_the_other()
    {
        using var first = ClientOf(_first, "203.0.113.1");
        using var second = ClientOf(_second, "203.0.113.1");

        using var login = await first.PostAsync("/auth/login", Form(("email", "jorge"), ("password", RightPassword)));
        var token = (await Json(login))["access_token"]!.GetValue<string>();
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("msp_session=", StringComparison.Ordinal)).Split(';')[0];

        Assert.Equal("955", (await Json(await second.GetAsync($"/getUserInfo?access_token={token}")))["user_info"]!["id"]!.GetValue<string>());
        using var byCookie = new HttpRequestMessage(HttpMethod.Get, "/getUserInfo");
        byCookie.Headers.Add("Cookie", cookie);
        Assert.Equal("955", (await Json(await second.SendAsync(byCookie)))["user_info"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refresh_token_used_on_one_instance_and_replayed_on_the_other_revokes_the_chain_on_both()
    {
        using var first = ClientOf(_first, "203.0.113.2");
        using var second = ClientOf(_second, "203.0.113.2");
        var issued = await _first.IssueTokensAsync("jorge");
        var (access, refresh) = (issued.Tokens.AccessToken, issued.Tokens.RefreshToken);

        var rotated = await Json(await first.GetAsync($"/refreshToken?access_token={access}&refresh_token={refresh}"));
        var newAccess = rotated["newtoken"]!.GetValue<string>();
        await AssertBody(await second.GetAsync($"/refreshToken?access_token={newAccess}&refresh_token={refresh}"), HttpStatusCode.BadRequest, AuthBodies.InvalidRefreshToken);

        await AssertBody(await first.GetAsync($"/getUserInfo?access_token={newAccess}"), HttpStatusCode.OK, AuthBodies.NoMatch);
        await AssertBody(await second.GetAsync($"/getUserInfo?access_token={newAccess}"), HttpStatusCode.OK, AuthBodies.NoMatch);
    }

    [Fact]
    public async Task Wrong_passwords_spread_over_both_instances_lock_the_account_on_both()
    {
        // A client address each, so the per-address limit stays out of the way.
        using var first = ClientOf(_first, "203.0.113.3");
        using var second = ClientOf(_second, "203.0.113.4");

        foreach (var client in new[] { first, second, first })
        {
            await AssertBody(await client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "wrong"))), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
        }

        await AssertBody(await second.PostAsync("/auth/login", Form(("email", "jorge"), ("password", RightPassword))), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
        await AssertBody(await first.PostAsync("/auth/login", Form(("email", "jorge"), ("password", RightPassword))), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);
    }

    [Fact]
    public async Task One_address_gets_the_per_address_login_limit_once_across_both_instances()
    {
        using var first = ClientOf(_first, "203.0.113.5");
        using var second = ClientOf(_second, "203.0.113.5");

        for (var i = 0; i < LoginRequestsPerMinute; i++)
        {
            await AssertBody(await (i % 2 == 0 ? first : second).PostAsync("/auth/login", null), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);
        }

        await AssertBody(await first.PostAsync("/auth/login", null), HttpStatusCode.TooManyRequests, AuthBodies.TooManyRequests);
        await AssertBody(await second.PostAsync("/auth/login", null), HttpStatusCode.TooManyRequests, AuthBodies.TooManyRequests);
    }

    [Fact]
    public async Task A_dispatcher_on_each_instance_sends_every_message_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var settings = new Dictionary<string, string?>(OutboxHarness.SmtpTo(smtp)) { ["Outbox:BatchSize"] = "5" };
        await using var onFirst = OutboxHarness.Create(_first, settings);
        await using var onSecond = OutboxHarness.Create(_second, settings);
        await onFirst.EnqueueAsync(Enumerable.Range(1, 40).Select(i => OutgoingMessage.Email($"r{i}@example.org", $"m{i}", "b")).ToArray());
        var dispatchers = new[] { onFirst.NewDispatcher(), onSecond.NewDispatcher() };

        while ((await Task.WhenAll(dispatchers.Select(d => d.DispatchBatchAsync(CancellationToken.None)))).Sum() > 0)
        {
        }

        Assert.Equal(40, smtp.Received.Count);
        Assert.Equal(40, smtp.Received.Select(m => m.Subject).Distinct().Count());
        Assert.All(await OutboxRow.AllAsync(_first), row => Assert.Equal("sent", row.Status));
    }

    private static HttpClient ClientOf(MspApiFactory api, string address)
    {
        var handler = api.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address));
        return new HttpClient(handler) { BaseAddress = api.Server.BaseAddress };
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<JsonNode> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    private static async Task AssertBody(HttpResponseMessage response, HttpStatusCode status, string expected)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
    }
}

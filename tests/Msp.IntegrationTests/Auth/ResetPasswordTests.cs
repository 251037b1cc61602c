using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Msp.Api.Endpoints;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// Spec 3.4 <c>POST /auth/reset</c> and the page behind its link: the documented bodies, no account enumeration,
/// and the whole flow through a real SMTP server: request, email, form, new password, login, link used up.
/// </summary>
public sealed partial class ResetPasswordTests(MspApiFactory api) : ApiTest(api)
{
    private const string Ok = """{"msg":"OK"}""";
    private const string Ko = """{"msg":"KO"}""";

    [Fact]
    public async Task A_known_active_account_gets_OK_and_a_link_by_email()
    {
        using var response = await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch")));

        await AssertBody(response, HttpStatusCode.OK, Ok);
        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("email", "jorge.sanchez@casacom.ch", "Reset your password"), (row.Channel, row.Recipient, row.Subject));
        var token = LinkToken(row.Body);

        // Only the hash is stored, valid for one hour.
        await using var connection = await Api.OpenAsync();
        var stored = Assert.Single(await connection.QueryAsync<StoredLink>(
            "SELECT token_hash AS Hash, expires_at AS ExpiresAt, created_at AS CreatedAt FROM password_reset_tokens WHERE account_id = 955"));
        Assert.Equal(Msp.Infrastructure.Security.Secrets.Hash(token), stored.Hash);
        Assert.Equal(TimeSpan.FromHours(1), stored.ExpiresAt - stored.CreatedAt);
    }

    [Theory]
    [InlineData("nobody@example.org", null)] // unknown
    [InlineData("mickey@example.ch", null)] // disabled in SEED.md
    [InlineData("antonio@example.ch", 2)] // pending deletion
    public async Task Unknown_and_inactive_accounts_get_the_same_OK_and_no_email(string email, int? status)
    {
        if (status is not null)
        {
            await using var connection = await Api.OpenAsync();
            Assert.Equal(1, await connection.ExecuteAsync("UPDATE accounts SET status = @Status WHERE email = @Email", new { Status = status, Email = email }));
        }

        using var response = await Client.PostAsync("/auth/reset", Form(("email", email)));

        await AssertBody(response, HttpStatusCode.OK, Ok);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task A_missing_or_malformed_email_gets_KO()
    {
        await AssertBody(await Client.PostAsync("/auth/reset", Form()), HttpStatusCode.Forbidden, Ko);
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", ""))), HttpStatusCode.Forbidden, Ko);
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge"))), HttpStatusCode.Forbidden, Ko);
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge@"))), HttpStatusCode.Forbidden, Ko);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task An_account_gets_at_most_five_links_an_hour_while_every_request_still_answers_OK()
    {
        for (var i = 0; i < 7; i++)
        {
            await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        }

        Assert.Equal(5, (await OutboxRow.AllAsync(Api)).Count);
        Api.Clock.Advance(TimeSpan.FromMinutes(61));
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        Assert.Equal(6, (await OutboxRow.AllAsync(Api)).Count);
    }

    [Fact]
    public async Task Reset_and_its_page_share_the_login_rate_limit()
    {
        var endpoints = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is "/auth/reset" or "/auth/reset/{token}" or "/auth/login")
            .ToList();

        Assert.Equal(3, endpoints.Select(e => e.RoutePattern.RawText).Distinct().Count());
        Assert.All(endpoints, e => Assert.Equal(AuthEndpoints.LoginRateLimit, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName));
    }

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var outbox = OutboxHarness.Create(Api, OutboxHarness.SmtpTo(smtp));
        var (oldToken, _) = await LoginAsync("jorge", "Jorge#2016");

        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        Assert.Equal(1, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        // The email as the SMTP server received it.
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("jorge.sanchez@casacom.ch", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("no-reply@msp.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("Reset your password", mail.Subject);
        var link = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        Assert.StartsWith("http://localhost:5213/auth/reset/", link.Value, StringComparison.Ordinal);
        var path = new Uri(link.Value).AbsolutePath;

        using (var page = await Client.GetAsync(path))
        {
            var html = await AssertPage(page, HttpStatusCode.OK);
            Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
            Assert.Contains("name=\"new_password_repeat\"", html, StringComparison.Ordinal);
        }

        using (var done = await Client.PostAsync(path, Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2030"))))
        {
            Assert.Contains("Password changed", await AssertPage(done, HttpStatusCode.OK), StringComparison.Ordinal);
        }

        await LoginAsync("jorge", "Jorge#2030");
        using (var oldPassword = await Client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "Jorge#2016"))))
        {
            await AssertBody(oldPassword, HttpStatusCode.Unauthorized, """{"error":"Incorrect username or password."}""");
        }

        // Every token from before the reset is revoked.
        using (var revoked = await Client.GetAsync($"/changePassword?access_token={oldToken}"))
        {
            await AssertBody(revoked, HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
        }

        // Used up: neither the page nor the form work a second time.
        await AssertPage(await Client.GetAsync(path), HttpStatusCode.Gone);
        await AssertPage(await Client.PostAsync(path, Form(("new_password", "Jorge#2040"), ("new_password_repeat", "Jorge#2040"))), HttpStatusCode.Gone);
        await LoginAsync("jorge", "Jorge#2030");
    }

    [Fact]
    public async Task The_form_applies_the_password_rules_and_keeps_the_link_usable()
    {
        var path = await RequestLinkPathAsync();

        var shortOne = await AssertPage(await Client.PostAsync(path, Form(("new_password", "abc"), ("new_password_repeat", "abc"))), HttpStatusCode.BadRequest);
        Assert.Contains("6 to 128 characters", shortOne, StringComparison.Ordinal);
        var differ = await AssertPage(await Client.PostAsync(path, Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2031"))), HttpStatusCode.BadRequest);
        Assert.Contains("differ", differ, StringComparison.Ordinal);
        var missing = await AssertPage(await Client.PostAsync(path, Form(("new_password", "Jorge#2030"))), HttpStatusCode.BadRequest);
        Assert.Contains("twice", missing, StringComparison.Ordinal);
        await AssertPage(await Client.PostAsync(path, Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2030"))), HttpStatusCode.OK);

        await LoginAsync("jorge", "Jorge#2030");
    }

    [Fact]
    public async Task A_link_expires_after_one_hour()
    {
        var path = await RequestLinkPathAsync();

        Api.Clock.Advance(TimeSpan.FromMinutes(59));
        await AssertPage(await Client.GetAsync(path), HttpStatusCode.OK);
        Api.Clock.Advance(TimeSpan.FromMinutes(2));
        await AssertPage(await Client.GetAsync(path), HttpStatusCode.Gone);
        await AssertPage(await Client.PostAsync(path, Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2030"))), HttpStatusCode.Gone);

        await LoginAsync("jorge", "Jorge#2016");
    }

    [Fact]
    public async Task Unknown_and_malformed_links_get_the_same_page_as_used_ones()
    {
        await AssertPage(await Client.GetAsync($"/auth/reset/{new string('A', 40)}"), HttpStatusCode.Gone);
        await AssertPage(await Client.GetAsync("/auth/reset/short"), HttpStatusCode.Gone);
        await AssertPage(await Client.PostAsync("/auth/reset/%3Cscript%3E", Form(("new_password", "x"))), HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_new_password_uses_up_every_other_open_link_of_the_account()
    {
        var first = await RequestLinkPathAsync();
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        var second = new Uri(LinkPattern().Match((await OutboxRow.AllAsync(Api))[1].Body).Value).AbsolutePath;

        await AssertPage(await Client.PostAsync(second, Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2030"))), HttpStatusCode.OK);

        await AssertPage(await Client.GetAsync(first), HttpStatusCode.Gone);
    }

    private async Task<string> RequestLinkPathAsync()
    {
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        return new Uri(LinkPattern().Match((await OutboxRow.AllAsync(Api))[0].Body).Value).AbsolutePath;
    }

    private static string LinkToken(string body) => LinkPattern().Match(body).Groups["token"].Value;

    /// <summary>A page for a browser: HTML, uncached, script-free, unframeable, no referrer.</summary>
    private static async Task<string> AssertPage(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {html}");
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
            Assert.StartsWith("default-src 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            return html;
        }
    }

    private sealed class StoredLink
    {
        public string Hash { get; init; } = "";

        public DateTime ExpiresAt { get; init; }

        public DateTime CreatedAt { get; init; }
    }

    [GeneratedRegex(@"http://localhost:5213/auth/reset/(?<token>[A-Za-z0-9]{40})")]
    private static partial Regex LinkPattern();
}

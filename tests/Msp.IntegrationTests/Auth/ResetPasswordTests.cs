using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Msp.Api.Endpoints;
using Msp.Api.Http;
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
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        using var response = await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch")));

        await AssertBody(response, HttpStatusCode.OK, Ok);
        Assert.Equal(1, await mailbox.DispatchAsync());
        var mail = Assert.Single(mailbox.Received);
        Assert.Equal(("jorge.sanchez@casacom.ch", "Reset your password"), (Assert.Single(mail.To.Mailboxes).Address, mail.Subject));
        var token = ResetMailbox.TokenIn(mail);
        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("email", "jorge.sanchez@casacom.ch", "sent"), (row.Channel, row.Recipient, row.Status));

        // Only the hash is stored, valid for one hour.
        await using var connection = await Api.OpenAsync();
        var stored = Assert.Single(await connection.QueryAsync<StoredLink>(
            "SELECT token_hash AS Hash, expires_at AS ExpiresAt, created_at AS CreatedAt FROM password_reset_tokens WHERE account_id = 955"));
        Assert.Equal(Msp.Infrastructure.Security.Secrets.Hash(token), stored.Hash);
        Assert.Equal(TimeSpan.FromHours(1), stored.ExpiresAt - stored.CreatedAt);
    }

    [Theory]
    [InlineData("nobody@example.org")] // unknown
    [InlineData("mickey@example.ch")] // disabled
    [InlineData("antonio@example.ch")] // pending deletion (set below)
    public async Task Unknown_and_inactive_accounts_get_the_same_OK_and_no_email_and_leave_no_trace(string email)
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync("UPDATE accounts SET status = 2 WHERE id = 1154");

        using var response = await Client.PostAsync("/auth/reset", Form(("email", email)));

        await AssertBody(response, HttpStatusCode.OK, Ok);
        Assert.Equal(1, await mailbox.DispatchAsync());
        Assert.Empty(mailbox.Received);
        Assert.Equal("", await connection.ExecuteScalarAsync<string>("SELECT COALESCE(MAX(last_error),'') FROM outbox"));
        Assert.Empty(await OutboxRow.AllAsync(Api));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM password_reset_tokens"));
    }

    /// <summary>Issue 12: what a request writes must not depend on the address, or its timing tells (ResetTimingTests measures).</summary>
    [Theory]
    [InlineData("jorge.sanchez@casacom.ch")] // active
    [InlineData("nobody@example.org")] // unknown
    [InlineData("mickey@example.ch")] // disabled
    public async Task Every_well_formed_address_costs_the_request_the_same_one_queued_row(string email)
    {
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", email))), HttpStatusCode.OK, Ok);

        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("email", email, "", "", "pending"), (row.Channel, row.Recipient, row.Subject, row.Body, row.Status));
        await using var connection = await Api.OpenAsync();
        Assert.Equal("password_reset", await connection.ExecuteScalarAsync<string>("SELECT kind FROM outbox"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM password_reset_tokens"));
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
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        for (var i = 0; i < 7; i++)
        {
            await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        }

        Assert.Equal(7, await mailbox.DispatchAsync());
        Assert.Equal(5, mailbox.Received.Count);
        Assert.Equal(5, (await OutboxRow.AllAsync(Api)).Count(r => r.Status == "sent"));
        Assert.Equal(5, (await OutboxRow.AllAsync(Api)).Count);

        Api.Clock.Advance(TimeSpan.FromMinutes(61));
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        Assert.Equal(1, await mailbox.DispatchAsync());
        Assert.Equal(6, mailbox.Received.Count);
    }

    [Fact]
    public async Task Reset_and_its_page_share_the_login_rate_limit()
    {
        var endpoints = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is "/auth/reset" or "/auth/reset/{token}" or "/auth/login")
            .ToList();

        Assert.Equal(3, endpoints.Select(e => e.RoutePattern.RawText).Distinct().Count());
        Assert.All(endpoints, e => Assert.NotNull(e.Metadata.GetMetadata<LoginRateLimited>()));
    }

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_once()
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        var (oldToken, _) = await LoginAsync("jorge", "Jorge#2016");

        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        Assert.Equal(1, await mailbox.DispatchAsync());

        // The email as the SMTP server received it.
        var mail = Assert.Single(mailbox.Received);
        Assert.Equal("jorge.sanchez@casacom.ch", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("no-reply@msp.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("Reset your password", mail.Subject);
        var link = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        Assert.StartsWith("https://localhost:5213/auth/reset/", link.Value, StringComparison.Ordinal);
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
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        var path = await RequestLinkPathAsync(mailbox);

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
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        var path = await RequestLinkPathAsync(mailbox);

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
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        var first = await RequestLinkPathAsync(mailbox);
        var second = await RequestLinkPathAsync(mailbox);

        await AssertPage(await Client.PostAsync(second, Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2030"))), HttpStatusCode.OK);

        await AssertPage(await Client.GetAsync(first), HttpStatusCode.Gone);
    }

    /// <summary>Issue 12, item 6: a link asked for before a password change must not undo it.</summary>
    [Fact]
    public async Task A_password_change_voids_every_open_link_of_the_account()
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        var first = await RequestLinkPathAsync(mailbox);
        var second = await RequestLinkPathAsync(mailbox);
        var (token, _) = await LoginAsync("jorge", "Jorge#2016");

        using (var changed = await Client.PostAsync(
            $"/changePassword?access_token={token}",
            Form(("Current_password", "Jorge#2016"), ("New_password", "Jorge#2030"), ("New_password_repeat", "Jorge#2030"))))
        {
            await AssertBody(changed, HttpStatusCode.OK, """{"msg":"Ok"}""");
        }

        await AssertPage(await Client.GetAsync(first), HttpStatusCode.Gone);
        await AssertPage(await Client.PostAsync(second, Form(("new_password", "Jorge#2040"), ("new_password_repeat", "Jorge#2040"))), HttpStatusCode.Gone);
        await LoginAsync("jorge", "Jorge#2030");
    }

    /// <summary>Issue 12, item 6: the outbox is no place for a live credential; the email is composed in memory.</summary>
    [Fact]
    public async Task The_link_is_never_stored_in_clear()
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        await mailbox.DispatchAsync();
        var token = ResetMailbox.TokenIn(Assert.Single(mailbox.Received));

        await using var connection = await Api.OpenAsync();
        foreach (var table in new[] { "outbox", "password_reset_tokens" })
        {
            var rows = (await connection.QueryAsync($"SELECT * FROM {table}")).Cast<IDictionary<string, object?>>().ToList();
            Assert.NotEmpty(rows);
            var text = string.Join("\n", rows.SelectMany(row => row.Values).Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)));
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("/auth/reset/", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A send that failed may have reached the recipient or not; the retry gives the request's one link a new token,
    /// so the token of the failed attempt stops working and the account's hourly count stays at one.
    /// </summary>
    [Fact]
    public async Task A_retry_after_a_failed_send_gives_the_same_link_a_new_token()
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        mailbox.Smtp.RefuseNext(1);
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);

        Assert.Equal(1, await mailbox.DispatchAsync());
        Assert.Empty(mailbox.Received);
        var failed = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("pending", 1), (failed.Status, failed.Attempts));
        await using var connection = await Api.OpenAsync();
        var firstHash = Assert.Single(await connection.QueryAsync<string>("SELECT token_hash FROM password_reset_tokens"));

        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await mailbox.DispatchAsync());
        var mail = Assert.Single(mailbox.Received);
        var secondHash = Assert.Single(await connection.QueryAsync<string>("SELECT token_hash FROM password_reset_tokens"));
        Assert.NotEqual(firstHash, secondHash);
        Assert.Equal(Msp.Infrastructure.Security.Secrets.Hash(ResetMailbox.TokenIn(mail)), secondHash);
        await AssertPage(await Client.GetAsync(ResetMailbox.LinkPathIn(mail)), HttpStatusCode.OK);
    }

    /// <summary>Issue 13 §4: demo.vzug reads German, under V Zug's name and logo, in the email and on every page.</summary>
    [Fact]
    public async Task The_email_and_the_pages_speak_the_account_language_under_its_partner()
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "demo.vzug@streamnow.ch"))), HttpStatusCode.OK, Ok);
        Assert.Equal(1, await mailbox.DispatchAsync());

        var mail = Assert.Single(mailbox.Received);
        Assert.Equal("Passwort zurücksetzen", mail.Subject);
        Assert.StartsWith("Guten Tag", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("innerhalb von 60 Minuten", mail.TextBody, StringComparison.Ordinal);
        Assert.EndsWith("V Zug", mail.TextBody?.TrimEnd(), StringComparison.Ordinal);
        var path = ResetMailbox.LinkPathIn(mail);

        var form = await AssertPage(await Client.GetAsync(path), HttpStatusCode.OK);
        Assert.Contains("<html lang=\"de\">", form, StringComparison.Ordinal);
        Assert.Contains("<h1>Neues Passwort w&#xE4;hlen</h1>", form, StringComparison.Ordinal);
        Assert.Contains("users/4e2545f819e67f0615003dd7e04a6087.jpeg\" alt=\"V Zug\">", form, StringComparison.Ordinal);
        var shortOne = await AssertPage(await Client.PostAsync(path, Form(("new_password", "abc"), ("new_password_repeat", "abc"))), HttpStatusCode.BadRequest);
        Assert.Contains("Das neue Passwort muss 6 bis 128 Zeichen haben.", shortOne, StringComparison.Ordinal);
        var differ = await AssertPage(await Client.PostAsync(path, Form(("new_password", "Vzug#2030"), ("new_password_repeat", "Vzug#2031"))), HttpStatusCode.BadRequest);
        Assert.Contains("Die beiden Passw&#xF6;rter sind verschieden.", differ, StringComparison.Ordinal);

        var done = await AssertPage(await Client.PostAsync(path, Form(("new_password", "Vzug#2030"), ("new_password_repeat", "Vzug#2030"))), HttpStatusCode.OK);
        Assert.Contains("<h1>Passwort ge&#xE4;ndert</h1>", done, StringComparison.Ordinal);
        await LoginAsync("demo.vzug", "Vzug#2030");

        // A used link names no account any more: English, no partner.
        var used = await AssertPage(await Client.GetAsync(path), HttpStatusCode.Gone);
        Assert.Contains("<html lang=\"en\">", used, StringComparison.Ordinal);
        Assert.DoesNotContain("V Zug", used, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "fr", "Réinitialiser votre mot de passe")]
    [InlineData(4, "it", "Reimpostare la password")]
    [InlineData(2, "en", "Reset your password")] // Spanish has no texts: English
    public async Task Every_account_language_has_its_texts_and_any_other_gets_English(int languageId, string pageLanguage, string subject)
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE accounts SET language_id = @languageId WHERE id = 955", new { languageId });
        }

        var path = await RequestLinkPathAsync(mailbox);

        Assert.Equal(subject, mailbox.Received[^1].Subject);
        Assert.EndsWith("Gemeinde  Lindau", mailbox.Received[^1].TextBody?.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{pageLanguage}\">", await AssertPage(await Client.GetAsync(path), HttpStatusCode.OK), StringComparison.Ordinal);
    }

    /// <summary>Requests a link for jorge, sends it, and answers the path of the link in the email that arrived.</summary>
    private async Task<string> RequestLinkPathAsync(ResetMailbox mailbox)
    {
        await AssertBody(await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, Ok);
        Assert.Equal(1, await mailbox.DispatchAsync());
        return ResetMailbox.LinkPathIn(mailbox.Received[^1]);
    }

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

    [GeneratedRegex(@"https://localhost:5213/auth/reset/(?<token>[A-Za-z0-9]{40})")]
    private static partial Regex LinkPattern();
}

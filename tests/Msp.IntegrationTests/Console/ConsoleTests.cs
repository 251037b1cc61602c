using System.Data.Common;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Console;

/// <summary>The console's host: a database of its own, so these tests run beside the API's.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<MspApiFactory>
{
    public const string Name = "console";
}

/// <summary>
/// Issue 28 over HTTP: the sign-in and its cookie, who gets in, the tenant scope by URL, the antiforgery check, idle
/// expiry and sign-out, each change made by the API's own command (seen in the database and the API's answers).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleTests(MspApiFactory api) : IAsyncLifetime
{
    private ConsoleClient _browser = null!;

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        _browser = ConsoleClient.For(api);
    }

    public Task DisposeAsync()
    {
        _browser.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_partner_admin_signs_in_with_the_email_and_password_fields_and_gets_an_HttpOnly_strict_secure_session_cookie_only()
    {
        using var signIn = await _browser.SignInAsync("lindau.admin", "Lindau#Admin1");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/console/users", signIn.Headers.Location?.ToString());
        var cookie = Assert.Single(_browser.LastSetCookies, c => c.StartsWith("msp_console=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/console", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_browser.LastSetCookies, c => c.StartsWith("msp_session=", StringComparison.Ordinal));

        using var users = await _browser.GetAsync("/console/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("<html lang=\"de\">", _browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("jorge.sanchez@casacom.ch", _browser.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("demo.vzug@streamnow.ch", _browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", users.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo.vzug", "Vzug#2016", 1097)]
    [InlineData("docman", "Docman#Svc1", 910)]
    public async Task End_users_and_service_accounts_are_refused_and_the_token_their_login_made_is_revoked(string login, string password, long accountId)
    {
        using var signIn = await _browser.SignInAsync(login, password);

        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Contains("cannot sign in here", _browser.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain(_browser.LastSetCookies, c => c.StartsWith("msp_console=", StringComparison.Ordinal) || c.StartsWith("msp_session=", StringComparison.Ordinal));
        Assert.Equal(0L, await ScalarAsync($"SELECT COUNT(*) FROM access_tokens WHERE account_id = {accountId} AND revoked_at IS NULL"));
        Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM access_tokens WHERE account_id = {accountId}"));
    }

    [Fact]
    public async Task Wrong_passwords_at_the_console_count_toward_the_accounts_lockout()
    {
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await _browser.SignInAsync("lindau.admin", "not the password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await _browser.SignInAsync("lindau.admin", "Lindau#Admin1");
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked for a while", _browser.LastPage, StringComparison.Ordinal);

        using var client = api.CreateClient();
        using var apiLogin = await client.PostAsync("/auth/login", new FormUrlEncodedContent([new("email", "lindau.admin"), new("password", "Lindau#Admin1")]));
        Assert.Equal(HttpStatusCode.Unauthorized, apiLogin.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_counts_toward_the_per_address_login_limit_together_with_the_apis_logins()
    {
        await using var limited = new MspApiFactory().With("Auth:LoginRequestsPerMinute", "2");
        using var client = limited.CreateClient();
        using var browser = ConsoleClient.For(limited);

        using var apiLogin = await client.PostAsync("/auth/login", new FormUrlEncodedContent([new("email", "lindau.admin"), new("password", "not the password")]));
        using var first = await browser.SignInAsync("lindau.admin", "not the password");
        using var second = await browser.SignInAsync("lindau.admin", "Lindau#Admin1");

        Assert.Equal(HttpStatusCode.Unauthorized, apiLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Too many sign-in attempts from this address", browser.LastPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/console/users/1097")]
    [InlineData("/console/users/1097/disable")]
    [InlineData("/console/users/1097/invoices/1")]
    [InlineData("/console/users/999999")]
    public async Task Another_partners_user_and_a_user_that_does_not_exist_show_the_same_not_found_and_nothing_of_the_user(string path)
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();

        using var page = await _browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("<h1>Nicht gefunden</h1>", _browser.LastPage, StringComparison.Ordinal);
        foreach (var secret in new[] { "demo.vzug", "Muster", "VZUG", "1097" })
        {
            Assert.DoesNotContain(secret, _browser.LastPage.Replace(path, "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_partner_admin_changes_nothing_of_another_partners_user_by_posting_to_its_url()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await _browser.GetAsync("/console/users/955/disable")).Dispose();

        using var disable = await _browser.PostAsync("/console/users/1097/disable");
        using var update = await _browser.PostAsync("/console/users/1097?handler=update", true, ("Lastname", "Taken"));

        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(1L, await ScalarAsync("SELECT status FROM accounts WHERE id = 1097"));
        Assert.Equal("Muster  VZUG", await ScalarAsync("SELECT lastname FROM accounts WHERE id = 1097"));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();

        using var disable = await _browser.PostAsync("/console/users/955/disable", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Contains("Formular nicht angenommen", _browser.LastPage, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync("SELECT status FROM accounts WHERE id = 955"));
    }

    [Fact]
    public async Task Disabling_and_activating_go_through_the_users_commands()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await _browser.GetAsync("/console/users/955/disable")).Dispose();

        using var disabled = await _browser.PostAsync("/console/users/955/disable");
        Assert.Equal("/console/users/955?done=disable", disabled.Headers.Location?.ToString());
        Assert.Equal(0L, await ScalarAsync("SELECT status FROM accounts WHERE id = 955"));

        // users/disable revokes the user's tokens, as the API's route does.
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM access_tokens WHERE account_id = 955 AND revoked_at IS NULL"));

        (await _browser.GetAsync("/console/users/955/activate")).Dispose();
        using var active = await _browser.PostAsync("/console/users/955/activate");
        Assert.Equal(1L, await ScalarAsync("SELECT status FROM accounts WHERE id = 955"));
    }

    [Fact]
    public async Task A_registration_with_a_bad_field_shows_the_operations_refusal_in_the_pages_language()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await _browser.GetAsync("/console/users/new")).Dispose();

        using var taken = await _browser.PostAsync(
            "/console/users/new",
            true,
            ("Partner_id", "2"), ("name", "Ana"), ("Lastname", "Muster"), ("Username", "jorge"), ("Email", "ana@example.ch"),
            ("Password", "Ana#2026"), ("Password_confirmation", "Ana#2026"), ("Default_language", "de"));

        Assert.Equal((HttpStatusCode)402, taken.StatusCode);
        Assert.Contains("Ein Feld ist ungültig", _browser.LastPage, StringComparison.Ordinal);

        // The same form naming another partner gets the command's "invalid access": the console adds no way around it.
        using var other = await _browser.PostAsync(
            "/console/users/new",
            true,
            ("Partner_id", "1"), ("name", "Ana"), ("Lastname", "Muster"), ("Username", "ana.m"), ("Email", "ana@example.ch"),
            ("Password", "Ana#2026"), ("Password_confirmation", "Ana#2026"), ("Default_language", "de"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM accounts WHERE username = 'ana.m'"));
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_idle_timeout_is_over()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        api.Clock.Advance(TimeSpan.FromMinutes(19));
        using (var stillIn = await _browser.GetAsync("/console/users"))
        {
            Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        }

        api.Clock.Advance(TimeSpan.FromMinutes(21));
        using var idle = await _browser.GetAsync("/console/users");

        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Equal("/console?ended=1", idle.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Signing_out_revokes_the_sessions_token_so_a_kept_copy_of_the_cookie_opens_nothing()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await _browser.GetAsync("/console/users")).Dispose();
        var kept = _browser.Cookies["msp_console"];

        using var signOut = await _browser.PostAsync("/console/session?handler=signout");
        Assert.Equal("/console?signedout=1", signOut.Headers.Location?.ToString());
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM access_tokens WHERE account_id = 921 AND revoked_at IS NULL"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/console/users");
        using var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        request.Headers.Add("Cookie", "msp_console=" + kept);
        using var replayed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/console?ended=1", replayed.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_msp_admin_picks_a_partner_and_a_partner_admins_pick_changes_nothing()
    {
        (await _browser.SignInAsync("admin", "Admin#2016")).Dispose();
        (await _browser.GetAsync("/console/users")).Dispose();
        Assert.Contains("demo.vzug@streamnow.ch", _browser.LastPage, StringComparison.Ordinal);

        (await _browser.PostAsync("/console/session?handler=partner", true, ("partner", "2"), ("back", "/console/users"))).Dispose();
        (await _browser.GetAsync("/console/users")).Dispose();
        Assert.Contains("jorge.sanchez@casacom.ch", _browser.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("demo.vzug@streamnow.ch", _browser.LastPage, StringComparison.Ordinal);

        using var partnerAdmin = ConsoleClient.For(api);
        (await partnerAdmin.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await partnerAdmin.GetAsync("/console/users")).Dispose();
        (await partnerAdmin.PostAsync("/console/session?handler=partner", true, ("partner", "1"), ("back", "/console/users"))).Dispose();
        (await partnerAdmin.GetAsync("/console/users")).Dispose();
        Assert.DoesNotContain("demo.vzug@streamnow.ch", partnerAdmin.LastPage, StringComparison.Ordinal);
        Assert.Contains("jorge.sanchez@casacom.ch", partnerAdmin.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_from_the_console_is_email_send_to_the_users_own_address_and_counts_toward_the_senders_quota()
    {
        (await _browser.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await _browser.GetAsync("/console/users/955")).Dispose();

        using var sent = await _browser.PostAsync("/console/users/955?handler=email", true, ("subject", "Wartung"), ("message", "Morgen ab 8 Uhr."), ("Email", "someone@elsewhere.example"));

        Assert.Equal("/console/users/955?done=sent", sent.Headers.Location?.ToString());
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE sender_id = 921 AND recipient = 'jorge.sanchez@casacom.ch'"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE recipient = 'someone@elsewhere.example'"));
    }

    [Fact]
    public async Task With_the_console_switched_off_its_paths_are_the_apis_json_404()
    {
        await using var off = new MspApiFactory().With("Console:Enabled", "false");
        using var client = off.CreateClient();

        using var page = await client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("{\"error\":\"Not found\"}", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_apis_own_container_holds_none_of_the_pages_framework_which_the_console_builds_apart()
    {
        Assert.Null(api.Services.GetService<Microsoft.AspNetCore.Mvc.Razor.IRazorViewEngine>());
        Assert.Null(api.Services.GetService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>());
        Assert.Null(api.Services.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>());
        Assert.Null(api.Services.GetService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>());
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

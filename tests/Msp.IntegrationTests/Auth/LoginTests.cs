using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

public sealed class LoginTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task Every_demo_account_of_SEED_md_logs_in()
    {
        foreach (var (login, password) in new[]
        {
            ("admin", "Admin#2016"), ("vzug.admin", "Vzug#Admin1"), ("lindau.admin", "Lindau#Admin1"), ("docman", "Docman#Svc1"),
            ("comlite", "Comlite#Svc1"), ("demo.vzug", "Vzug#2016"), ("antonio", "Antonio#1"), ("jorge", "Jorge#2016"),
        })
        {
            var (access, refresh) = await LoginAsync(login, password);
            Assert.Matches("^[A-Za-z0-9]{40}$", access);
            Assert.Matches("^[A-Za-z0-9]{40}$", refresh);
        }
    }

    [Fact]
    public async Task Wrong_password_unknown_user_and_unknown_uid_get_the_same_401()
    {
        const string expected = """{"error":"Incorrect username or password."}""";
        await AssertBody(await Client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "wrong"))), HttpStatusCode.Unauthorized, expected);
        await AssertBody(await Client.PostAsync("/auth/login", Form(("email", "nobody"), ("password", "wrong"))), HttpStatusCode.Unauthorized, expected);
        await AssertBody(await Client.PostAsync("/auth/login", Form(("uid", "STB-NOPE"))), HttpStatusCode.Unauthorized, expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("password=Jorge%232016")]
    [InlineData("source=Web")]
    [InlineData("email=&password=Jorge%232016")]
    [InlineData("email=&uid=&password=Jorge%232016&source=App")]
    public async Task Without_email_or_uid_it_asks_for_a_username(string query) =>
        await AssertBody(await Client.PostAsync("/auth/login?" + query, null), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);

    [Theory]
    [InlineData("email=jorge")]
    [InlineData("email=jorge&password=")]
    [InlineData("email=jorge&source=Mobile")]
    public async Task An_email_without_password_asks_for_the_password(string query) =>
        await AssertBody(await Client.PostAsync("/auth/login?" + query, null), HttpStatusCode.BadRequest, AuthBodies.ProvidePassword);

    [Fact]
    public async Task The_disabled_user_gets_403_with_the_right_password_and_401_with_a_wrong_one()
    {
        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("email", "mickey"), ("password", "Mickey#1"))),
            HttpStatusCode.Forbidden,
            AuthBodies.NoMatch);
        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("email", "mickey@example.ch"), ("password", "Mickey#2"))),
            HttpStatusCode.Unauthorized,
            AuthBodies.IncorrectCredentials);
    }

    [Fact]
    public async Task A_device_uid_logs_its_user_in_without_a_password()
    {
        var login = await SignInByUidAsync();

        Assert.Equal("955", login.Body["user_info"]!["id"]!.GetValue<string>());
        Assert.Matches("^[A-Za-z0-9]{40}$", login.AccessToken);
        await AssertAuthenticatesAsync(955, login.AccessToken);
    }

    [Theory]
    [InlineData("demo.vzug")]
    [InlineData("DEMO.VZUG")]
    [InlineData("demo.vzug@streamnow.ch")]
    [InlineData("Demo.Vzug@StreamNow.CH")]
    public async Task Email_or_username_logs_in_in_any_case(string login)
    {
        var signedIn = await SignInAsync(login, DemoVzugPassword);

        Assert.Equal("1097", signedIn.Body["user_info"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_password_is_case_sensitive() =>
        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("email", "demo.vzug"), ("password", "VZUG#2016"))),
            HttpStatusCode.Unauthorized,
            AuthBodies.IncorrectCredentials);

    [Fact]
    public async Task Every_source_is_accepted_in_any_case_and_recorded_with_its_session()
    {
        // docs/contract.md §3: Web, Service, Mobile, Tablet, App, case-insensitive, Web by default. An unknown one is recorded
        // as Web too: the spec documents no failure for it (LoginSources).
        var sources = new (string? Sent, string Recorded)[]
        {
            ("Web", "Web"), ("Service", "Service"), ("Mobile", "Mobile"), ("Tablet", "Tablet"), ("App", "App"),
            ("web", "Web"), ("service", "Service"), ("mobile", "Mobile"), ("tablet", "Tablet"), ("app", "App"),
            ("TABLET", "Tablet"), (null, "Web"), ("Fridge", "Web"),
        };
        foreach (var (sent, _) in sources)
        {
            var form = sent is null ? Form(("uid", JorgeUid)) : Form(("uid", JorgeUid), ("source", sent));
            using var response = await Client.PostAsync("/auth/login", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var tokens = await RowsAsync("SELECT source FROM access_tokens ORDER BY id");
        var sessions = await RowsAsync("SELECT source FROM device_sessions ORDER BY id");
        Assert.Equal(sources.Select(s => s.Recorded), tokens.Select(r => r[0]));
        Assert.Equal(sources.Select(s => s.Recorded), sessions.Select(r => r[0]));
    }

    [Fact]
    public async Task The_login_object_of_demo_vzug_is_the_spec_example_without_the_service_secrets()
    {
        Api.Clock.AdjustTime(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));

        using var response = await Client.PostAsync("/auth/login", Form(("email", "demo.vzug@streamnow.ch"), ("password", DemoVzugPassword), ("source", "Web")));
        var text = await response.Content.ReadAsStringAsync();
        var body = (await ReadJson(response)).AsObject();

        var access = body["access_token"]!.GetValue<string>();
        var refresh = body["refresh_token"]!.GetValue<string>();
        var session = body["deviceSessionId"]!.GetValue<string>();
        Assert.Matches("^[A-Za-z0-9]{40}$", access);
        Assert.Matches("^[A-Za-z0-9]{40}$", refresh);
        Assert.NotEqual(access, refresh);
        Assert.Matches("^[0-9a-f]{40}$", session);
        var expected = new JsonObject
        {
            ["access_token"] = access,
            ["refresh_token"] = refresh,
            ["validUntil"] = "2027-01-16 13:00:00 CET",
            ["deviceSessionId"] = session,
            ["user_info"] = SpecExamples.DemoVzugUserInfo(),
            ["available_languages"] = SpecExamples.Languages(),
            ["url_test"] = "service?access_token=" + access,
            ["available_services"] = new JsonArray(SpecExamples.DokumenteService()),
            ["categories"] = new JsonArray(SpecExamples.WohninfosCategory()),
        };
        AssertJsonEqual(expected, body);
        Assert.Equal(expected.Select(p => p.Key), body.Select(p => p.Key));
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);

        // The spec's example leaks the upstream credentials; they must not be on the wire in any spelling.
        foreach (var secret in new[] { "admin_password", "secret_id", "\"admin\"", "69cff6c7ca7b779b8c285a633a783a16", "c46f835677bfb4899117c3bf068e5b1a", "WPnp4PCU" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        // Non-ASCII text is sent as is, as the old platform sent it.
        Assert.Contains("Español", text, StringComparison.Ordinal);
        Assert.Contains("Français", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidUntil_is_24_hours_ahead_in_Zurich_time_with_CEST_in_summer()
    {
        Api.Clock.AdjustTime(new DateTimeOffset(2027, 7, 15, 12, 0, 0, TimeSpan.Zero));

        var login = await SignInByUidAsync();

        Assert.Equal("2027-07-16 14:00:00 CEST", login.Body["validUntil"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_sets_an_HttpOnly_SameSite_Strict_session_cookie_that_names_the_login_session()
    {
        using var response = await Client.PostAsync("/auth/login", Form(("uid", JorgeUid)));
        var body = await ReadJson(response);

        var header = SetCookieHeaderOf(response);
        Assert.NotNull(header);
        var attributes = header.Split(';').Skip(1).Select(a => a.Trim().ToUpperInvariant()).ToList();
        Assert.Contains("HTTPONLY", attributes);
        Assert.Contains("SAMESITE=STRICT", attributes);
        Assert.Contains("PATH=/", attributes);
        Assert.Contains(attributes, a => a.StartsWith("EXPIRES=", StringComparison.Ordinal));

        var cookie = SessionCookieOf(response)!;
        Assert.NotEqual(body["access_token"]!.GetValue<string>(), cookie);
        Assert.NotEqual(body["refresh_token"]!.GetValue<string>(), cookie);
        using var info = await GetAsync("/getUserInfo", cookie: cookie);
        Assert.Equal(body["deviceSessionId"]!.GetValue<string>(), (await ReadJson(info))["deviceSessionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_login_gets_its_own_tokens_and_session()
    {
        var first = await SignInByUidAsync();
        var second = await SignInByUidAsync();

        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.DeviceSessionId, second.DeviceSessionId);
        Assert.NotEqual(first.Cookie, second.Cookie);
        await AssertAuthenticatesAsync(955, first.AccessToken);
        await AssertAuthenticatesAsync(955, second.AccessToken);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        var login = await SignInByUidAsync();

        var stored = string.Join('|', (await RowsAsync("SELECT token_hash, refresh_token_hash FROM access_tokens")).SelectMany(r => r));
        var cookies = string.Join('|', (await RowsAsync("SELECT cookie_hash FROM device_sessions")).SelectMany(r => r));
        Assert.DoesNotContain(login.AccessToken, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(login.RefreshToken, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(login.Cookie, cookies, StringComparison.Ordinal);
    }
}

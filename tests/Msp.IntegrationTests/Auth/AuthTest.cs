using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// What the Auth tests share: a login that keeps its cookie, calls with a token or a cookie, and database reads.
/// A login by device uid skips the password hash, so tests that only need some live token use <see cref="SignInByUidAsync"/>.
/// </summary>
[Collection(AccountsApiCollection.Name)]
public abstract class AuthTest(MspApiFactory api) : ApiTest(api)
{
    protected const string CookieName = "msp_session";

    /// <summary>User 955's set-top box (docs/demo-data.md).</summary>
    protected const string JorgeUid = "STB-0955-0001";

    protected const string JorgePassword = "Jorge#2016";

    protected const string DemoVzugPassword = "Vzug#2016";

    /// <summary>Logs in with a form post of email (or username) and password.</summary>
    protected Task<SignedIn> SignInAsync(string login, string password) =>
        SignInWithAsync(Form(("email", login), ("password", password)));

    /// <summary>Logs user 955 in by its device uid.</summary>
    protected Task<SignedIn> SignInByUidAsync() => SignInWithAsync(Form(("uid", JorgeUid), ("source", "App")));

    protected async Task<SignedIn> SignInWithAsync(HttpContent form)
    {
        using var response = await Client.PostAsync("/auth/login", form);
        var body = (await ReadJson(response)).AsObject();
        return new SignedIn(
            body,
            body["access_token"]!.GetValue<string>(),
            body["refresh_token"]!.GetValue<string>(),
            SessionCookieOf(response)!,
            body["deviceSessionId"]!.GetValue<string>());
    }

    /// <summary>The value of the <c>msp_session</c> cookie the response sets, or null when it sets none.</summary>
    protected static string? SessionCookieOf(HttpResponseMessage response) =>
        SetCookieHeaderOf(response)?.Split(';')[0][(CookieName.Length + 1)..];

    protected static string? SetCookieHeaderOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.SingleOrDefault(v => v.StartsWith(CookieName + "=", StringComparison.Ordinal))
            : null;

    /// <summary>Sends a request with the token as <c>Authorization: Bearer</c> and/or the login cookie.</summary>
    protected Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? token = null, string? cookie = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{CookieName}={cookie}");
        }

        return Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> GetAsync(string path, string? token = null, string? cookie = null) =>
        SendAsync(HttpMethod.Get, path, token, cookie);

    protected Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string? token = null, string? cookie = null) =>
        SendAsync(HttpMethod.Post, path, token, cookie, content);

    /// <summary>getUserInfo answers the caller's profile, so it shows whether a token or cookie still authenticates.</summary>
    protected async Task AssertAuthenticatesAsync(long userId, string? token = null, string? cookie = null)
    {
        using var response = await GetAsync("/getUserInfo", token, cookie);
        var body = await ReadJson(response);
        Assert.Equal(userId.ToString(CultureInfo.InvariantCulture), body["user_info"]?["id"]?.GetValue<string>());
    }

    protected async Task AssertRejectedAsync(string? token = null, string? cookie = null) =>
        await AssertBody(await GetAsync("/getUserInfo", token, cookie), HttpStatusCode.OK, AuthBodies.NoMatch);

    /// <summary>
    /// A time as docs/contract.md §1 shows it: Europe/Zurich, then CET or CEST. The tests that pin a date check the
    /// literal text too; this spares the others from depending on the season they run in.
    /// </summary>
    protected static string WireTime(DateTimeOffset utc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (zone.IsDaylightSavingTime(local) ? " CEST" : " CET");
    }

    /// <summary>When a token issued now expires (access tokens live 24 hours).</summary>
    protected string ValidUntilOfTokenIssuedNow() => WireTime(Api.Clock.GetUtcNow().AddHours(24));

    protected async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    protected async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    /// <summary>Rows of a query, each as its columns' text, in the query's order.</summary>
    protected async Task<List<string?[]>> RowsAsync(string sql)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))
                .ToArray());
        }

        return rows;
    }

    protected static void AssertJsonEqual(JsonNode expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected.ToJsonString()}\nActual   {actual?.ToJsonString()}");

    /// <summary>A login's answer, its tokens, the cookie it set and its device session.</summary>
    protected sealed record SignedIn(JsonObject Body, string AccessToken, string RefreshToken, string Cookie, string DeviceSessionId);
}

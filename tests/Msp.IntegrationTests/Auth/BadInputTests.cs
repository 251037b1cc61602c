using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// Hostile and broken input against every Auth route, with and without a live token. Whatever comes in, the answer is
/// one of the route's documented ones (docs/contract.md §1 "Errors"): never a 500, never a trace, never SQL. Bodies over the
/// size limit are the real server's business: see <see cref="OversizedBodyTests"/>.
/// </summary>
public sealed class BadInputTests(MspApiFactory api) : AuthTest(api)
{
    private const string SqlQuote = "' OR 1=1 --";

    private const string SqlDrop = "\"; DROP TABLE accounts; --";

    private static readonly string Huge = new('p', 100 * 1024);

    /// <summary>Invalid UTF-8: a lone continuation byte, bytes that never occur, and a truncated two-byte sequence.</summary>
    private static readonly byte[] BadUtf8 = [0x80, 0xFF, 0xFE, 0xC3, 0x28];

    private static readonly Dictionary<string, Route> Routes = new()
    {
        ["/auth/login"] = new(
            ["email", "password", "source"],
            [(400, AuthBodies.ProvideUsername), (400, AuthBodies.ProvidePassword), (401, AuthBodies.IncorrectCredentials), (403, AuthBodies.NoMatch)],
            ["access_token", "refresh_token", "validUntil", "deviceSessionId", "user_info", "available_languages", "url_test", "available_services", "categories"]),
        ["/auth/logout"] = new([], [(200, AuthBodies.LogoutOk), (200, AuthBodies.LogoutKo)], null),
        ["/refreshToken"] = new(
            ["refresh_token"],
            [(400, AuthBodies.UnauthorizedClient), (400, AuthBodies.InvalidRefreshToken)],
            ["newtoken", "newrefreshtoken", "validUntil"]),
        ["/revokeToken"] = new([], [(200, AuthBodies.Revoked), (200, AuthBodies.NoMatch), (400, AuthBodies.UnauthorizedClient)], null),
        ["/getUserInfo"] = new(
            [],
            [(200, AuthBodies.NoMatch)],
            ["validUntil", "deviceSessionId", "user_info", "subscribed_services", "available_services", "available_languages"]),
        ["/changePassword"] = new(
            ["Current_password", "New_password", "New_password_repeat"],
            [(200, AuthBodies.PasswordChanged), (401, AuthBodies.MissingParameters), (403, AuthBodies.BadParameters), (400, AuthBodies.UnauthorizedClient)],
            null),
        ["/setDeviceToken"] = new(
            ["App_ID", "Platform", "DeviceToken"],
            [(200, AuthBodies.DeviceTokenSet), (400, AuthBodies.MissingParameters), (400, AuthBodies.BadParameters), (400, AuthBodies.UnauthorizedClient)],
            null),
    };

    /// <summary>Every broken request, given a route's parameter names (the access token's among them).</summary>
    private static readonly (string Name, Func<string, string[], HttpRequestMessage> Build)[] Attacks =
    [
        ("nothing", (route, _) => new(HttpMethod.Get, route)),
        ("empty values", (route, names) => Post(route, Form(names, _ => ""))),
        ("SQL quote in a form", (route, names) => Post(route, Form(names, _ => SqlQuote))),
        ("SQL drop in JSON", (route, names) => Post(route, Json(names, _ => JsonValue.Create(SqlDrop)))),
        ("SQL in the query", (route, names) => new(HttpMethod.Delete, route + "?" + string.Join('&', names.Select(n => $"{n}={Uri.EscapeDataString(SqlDrop)}")))),
        ("100 KB values", (route, names) => Post(route, Form(names, _ => Huge))),
        ("100 KB passwords", (route, names) => Post(route, Form(names, n => n.Contains("password", StringComparison.OrdinalIgnoreCase) ? Huge : Plausible(n)))),
        ("control characters and emoji", (route, names) => Post(route, Json(names, _ => JsonValue.Create("\0\u0001\u001f\u202e\uffff🙂 ü")))),
        ("numbers", (route, names) => Post(route, Json(names, _ => JsonValue.Create(-1.5e300)))),
        ("booleans", (route, names) => Post(route, Json(names, _ => JsonValue.Create(true)))),
        ("nulls", (route, names) => Post(route, Json(names, _ => null))),
        ("arrays", (route, names) => Post(route, Json(names, _ => new JsonArray(1, "two", null, new JsonArray())))),
        ("objects", (route, names) => Post(route, Json(names, _ => new JsonObject { ["a"] = new JsonObject { ["b"] = 1 } }))),
        ("invalid UTF-8 in a form", (route, names) => Post(route, Raw("application/x-www-form-urlencoded", Join(names.Select(n => Concat(Encoding.ASCII.GetBytes(n + "="), BadUtf8)), "&"u8.ToArray())))),
        ("invalid UTF-8 in JSON values", (route, names) => Post(route, Raw("application/json", Concat("{"u8.ToArray(), Join(names.Select(n => Concat(Encoding.ASCII.GetBytes($"\"{n}\":\""), BadUtf8, "\""u8.ToArray())), ","u8.ToArray()), "}"u8.ToArray())))),
        ("invalid UTF-8 in a JSON name", (route, _) => Post(route, Raw("application/json", Concat("{\""u8.ToArray(), BadUtf8, "\":\"x\"}"u8.ToArray())))),
        ("a lone surrogate escaped in JSON", (route, names) => Post(route, Raw("application/json", Encoding.ASCII.GetBytes("{" + string.Join(',', names.Select(n => $"\"{n}\":\"\\ud800\"")) + "}")))),
        ("invalid UTF-8 in multipart", (route, names) => Post(route, Multipart(names, BadUtf8))),
        ("percent-encoded invalid UTF-8 in the query", (route, names) => new(HttpMethod.Get, route + "?" + string.Join('&', names.Select(n => n + "=%80%FF%FE%C3%28")))),
        ("truncated JSON", (route, names) => Post(route, Raw("application/json", Encoding.UTF8.GetBytes("{\"" + string.Join("\":\"x\",\"", names) + "\":")))),
        ("JSON that is not an object", (route, _) => Post(route, Raw("application/json", "[1,2,{\"email\":\"jorge\"}]"u8.ToArray()))),
        ("a bare JSON string", (route, _) => Post(route, Raw("application/json", "\"email=jorge\""u8.ToArray()))),
        ("JSON garbage", (route, _) => Post(route, Raw("application/json", "{{{{]]]]"u8.ToArray()))),
        ("JSON with trailing garbage", (route, names) => Post(route, Raw("application/json", Encoding.UTF8.GetBytes(JsonText(names, PlausibleJson) + "}garbage")))),
        ("an empty JSON body", (route, _) => Post(route, Raw("application/json", []))),
        ("deeply nested JSON", (route, _) => Post(route, Raw("application/json", Encoding.ASCII.GetBytes("{\"email\":" + new string('[', 5000) + new string(']', 5000) + "}")))),
        ("JSON sent as a form", (route, names) => Post(route, Raw("application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(JsonText(names, PlausibleJson))))),
        ("a form sent as JSON", (route, names) => Post(route, Raw("application/json", Encoding.UTF8.GetBytes(string.Join('&', names.Select(n => $"{n}={Plausible(n)}")))))),
        ("a multipart body without a boundary", (route, _) => Post(route, Raw("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\njorge\r\n--x--\r\n"u8.ToArray()))),
        ("a broken multipart body", (route, _) => Post(route, Raw("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\njorge"u8.ToArray()))),
        ("an unknown content type", (route, names) => Post(route, Raw("application/x-unknown", Encoding.UTF8.GetBytes(string.Join('&', names.Select(n => $"{n}={Plausible(n)}")))))),
        ("2000 form fields", (route, _) => Post(route, Raw("application/x-www-form-urlencoded", Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 2000).Select(i => $"f{i}=v")))))),
        ("a 5000-character field name", (route, _) => Post(route, Raw("application/x-www-form-urlencoded", Encoding.ASCII.GetBytes(new string('n', 5000) + "=v")))),
        ("repeated parameters", (route, names) => new(HttpMethod.Put, route + "?" + string.Join('&', names.SelectMany(n => new[] { $"{n}={Plausible(n)}", $"{n}={SqlQuote}" })))),
        ("SQL as the bearer token", (route, _) => WithHeader(new(HttpMethod.Get, route), "Authorization", "Bearer " + SqlQuote)),
        ("SQL as the access_token header", (route, _) => WithHeader(new(HttpMethod.Get, route), "access_token", SqlDrop)),
        ("SQL as the cookie", (route, _) => WithHeader(new(HttpMethod.Get, route), "Cookie", "msp_session=" + Uri.EscapeDataString(SqlQuote))),
        ("a 100 KB bearer token", (route, _) => WithHeader(new(HttpMethod.Get, route), "Authorization", "Bearer " + Huge)),
        ("a Basic authorization", (route, _) => WithHeader(new(HttpMethod.Get, route), "Authorization", "Basic am9yZ2U6Sm9yZ2UjMjAxNg==")),
        ("OPTIONS", (route, _) => new(HttpMethod.Options, route)),
        ("TRACE", (route, _) => new(HttpMethod.Trace, route)),
        ("a made-up method", (route, _) => new(new HttpMethod("BREW"), route)),
    ];

    [Fact]
    public async Task Every_route_answers_every_broken_request_with_one_of_its_documented_bodies()
    {
        var violations = new List<string>();
        foreach (var (route, spec) in Routes)
        {
            var names = spec.Parameters.Append("access_token").ToArray();
            var login = await SignInByUidAsync();
            foreach (var (attack, build) in Attacks)
            {
                await CheckAsync(route, spec, attack + ", no token", build(route, names), violations);

                // With a live token the broken parameters reach the operation itself. Login takes none; revokeToken spends
                // its token, so it gets a fresh one each time (a login by uid costs no password hash).
                if (route != "/auth/login")
                {
                    if (route == "/revokeToken")
                    {
                        login = await SignInByUidAsync();
                    }

                    var request = build(route, names);
                    if (!request.Headers.Contains("Authorization"))
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
                    }

                    await CheckAsync(route, spec, attack + ", live token", request, violations);
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));

        Assert.Equal(9, await CountAsync("SELECT COUNT(*) FROM accounts"));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM services"));
        await SignInAsync("jorge", JorgePassword);
    }

    private async Task CheckAsync(string route, Route spec, string attack, HttpRequestMessage request, List<string> violations)
    {
        using var response = await Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var where = $"{request.Method} {route} with {attack}: {status} {(text.Length > 300 ? text[..300] + "…" : text)}";

        foreach (var leak in new[] { "Exception", "at Msp.", "SQL" })
        {
            if (text.Contains(leak, StringComparison.Ordinal))
            {
                violations.Add($"{where} — leaks \"{leak}\"");
            }
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            violations.Add($"{where} — not JSON");
            return;
        }

        if (!(response.Content.Headers.ContentType?.MediaType == "application/json" && spec.Allows(request.Method, status, body)))
        {
            violations.Add($"{where} — not a documented answer");
        }
    }

    /// <summary>A value that passes for the parameter, so that the broken one beside it is what the operation meets.</summary>
    private static string Plausible(string name) => name.ToUpperInvariant() switch
    {
        "EMAIL" => "jorge",
        "PLATFORM" => "iOS",
        "SOURCE" => "Web",
        _ => "Plausible#1",
    };

    private static JsonNode PlausibleJson(string name) => JsonValue.Create(Plausible(name));

    private static HttpRequestMessage Post(string route, HttpContent content) => new(HttpMethod.Post, route) { Content = content };

    private static FormUrlEncodedContent Form(string[] names, Func<string, string> value) =>
        new(names.Select(n => new KeyValuePair<string, string>(n, value(n))));

    private static StringContent Json(string[] names, Func<string, JsonNode?> value) =>
        new(JsonText(names, value), Encoding.UTF8, "application/json");

    private static string JsonText(string[] names, Func<string, JsonNode?> value)
    {
        var body = new JsonObject();
        foreach (var name in names)
        {
            body[name] = value(name);
        }

        return body.ToJsonString();
    }

    private static MultipartFormDataContent Multipart(string[] names, byte[] value)
    {
        var content = new MultipartFormDataContent();
        foreach (var name in names)
        {
            content.Add(new ByteArrayContent(value), name);
        }

        return content;
    }

    private static ByteArrayContent Raw(string contentType, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Join(IEnumerable<byte[]> parts, byte[] separator) =>
        parts.Aggregate(Array.Empty<byte>(), (joined, part) => joined.Length == 0 ? part : Concat(joined, separator, part));

    /// <summary>A route's parameters, its documented failures and the properties of its success object, if it has one.</summary>
    private sealed record Route(string[] Parameters, (int Status, string Body)[] Failures, string[]? SuccessProperties)
    {
        public bool Allows(HttpMethod method, int status, JsonNode? body)
        {
            if (!new[] { "GET", "POST", "PUT", "DELETE", "PATCH" }.Contains(method.Method))
            {
                return status == 405 && JsonNode.DeepEquals(body, JsonNode.Parse(AuthBodies.MethodNotAllowed));
            }

            return Failures.Any(f => f.Status == status && JsonNode.DeepEquals(body, JsonNode.Parse(f.Body)))
                || (status == 200 && SuccessProperties is not null && body is JsonObject success
                    && success.Select(p => p.Key).SequenceEqual(SuccessProperties));
        }
    }
}

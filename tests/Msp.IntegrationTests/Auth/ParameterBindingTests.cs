using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>docs/contract.md §1 "Paths", "Parameters" and "The access token", through the Auth routes.</summary>
public sealed class ParameterBindingTests(MspApiFactory api) : AuthTest(api)
{
    /// <summary>Each route with the answer it gives a request that carries nothing at all.</summary>
    public static TheoryData<string, int, string> Routes => new()
    {
        { "/auth/login", 400, AuthBodies.ProvideUsername },
        { "/auth/logout", 200, AuthBodies.LogoutKo },
        { "/refreshToken", 400, AuthBodies.UnauthorizedClient },
        { "/revokeToken", 400, AuthBodies.UnauthorizedClient },
        { "/getUserInfo", 200, AuthBodies.NoMatch },
        { "/changePassword", 400, AuthBodies.UnauthorizedClient },
        { "/setDeviceToken", 400, AuthBodies.UnauthorizedClient },
    };

    public static TheoryData<string> Bodies => ["query", "urlencoded", "multipart", "json"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Login_takes_its_parameters_from_any_source(string source)
    {
        var (path, content) = Carry("/auth/login", source, ("email", "Demo.Vzug"), ("password", DemoVzugPassword), ("source", "mobile"));

        using var response = await Client.PostAsync(path, content);

        Assert.Equal("1097", (await ReadJson(response))["user_info"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task SetDeviceToken_takes_its_parameters_and_the_token_from_any_source(string source)
    {
        var login = await SignInByUidAsync();
        var (path, content) = Carry("/setDeviceToken", source, ("access_token", login.AccessToken), ("App_ID", "app"), ("Platform", "iOS"), ("DeviceToken", source));

        await AssertBody(await Client.PostAsync(path, content), HttpStatusCode.OK, AuthBodies.DeviceTokenSet);

        Assert.Equal(source, await ScalarAsync("SELECT device_token FROM device_push_tokens WHERE account_id = 955"));
    }

    [Fact]
    public async Task JSON_numbers_and_booleans_are_read_as_their_text()
    {
        var login = await SignInByUidAsync();

        await AssertBody(
            await PostAsync("/setDeviceToken", Json(new { App_ID = 42, Platform = "Android", DeviceToken = true }), login.AccessToken),
            HttpStatusCode.OK,
            AuthBodies.DeviceTokenSet);

        Assert.Equal(["42|true"], (await RowsAsync("SELECT app_id, device_token FROM device_push_tokens")).Select(r => string.Join('|', r)));
    }

    [Theory]
    [InlineData("New_password")]
    [InlineData("new_password")]
    [InlineData("NewPassword")]
    [InlineData("NEWPASSWORD")]
    [InlineData("newPassword")]
    [InlineData("N_E_W_P_A_S_S_W_O_R_D")]
    public async Task Parameter_names_match_in_any_case_with_or_without_underscores(string name)
    {
        var login = await SignInByUidAsync();

        // Bound, the short new password is a bad parameter; unbound, it would be a missing one.
        await AssertBody(
            await PostAsync("/changePassword", Form(("Current_password", JorgePassword), (name, "Jo#27"), ("New_password_repeat", "Jo#27")), login.AccessToken),
            HttpStatusCode.Forbidden,
            AuthBodies.BadParameters);
    }

    [Fact]
    public async Task A_change_of_password_with_unusually_spelled_names_goes_through()
    {
        var login = await SignInByUidAsync();

        await AssertBody(
            await PostAsync(
                "/changePassword",
                Json(new Dictionary<string, string> { ["CURRENT_PASSWORD"] = JorgePassword, ["newPassword"] = "Jorge#2027", ["New_Password_Repeat"] = "Jorge#2027" }),
                login.AccessToken),
            HttpStatusCode.OK,
            AuthBodies.PasswordChanged);

        await SignInAsync("jorge", "Jorge#2027");
    }

    /// <summary>
    /// Names fold ASCII letters only: a look-alike outside ASCII names another parameter (ADR 15), though .NET's
    /// invariant lower case would fold the Kelvin sign to "k" and the dotted capital I to "i".
    /// </summary>
    [Theory]
    [InlineData("access_to\u212Aen")]
    [InlineData("ACCESS_TO\u212AEN")]
    public async Task A_non_ASCII_look_alike_of_a_name_is_another_name(string name)
    {
        var login = await SignInByUidAsync();

        await AssertBody(
            await Client.PostAsync("/changePassword", Form((name, login.AccessToken), ("Current_password", JorgePassword), ("New_password", "Jorge#2027"), ("New_password_repeat", "Jorge#2027"))),
            HttpStatusCode.BadRequest,
            AuthBodies.UnauthorizedClient);
        await AssertBody(
            await Client.PostAsync("/auth/login", Form(("U\u0130D", JorgeUid))),
            HttpStatusCode.BadRequest,
            AuthBodies.ProvideUsername);
    }

    [Theory]
    [InlineData("UID")]
    [InlineData("Uid")]
    [InlineData("U_ID")]
    public async Task The_uid_parameter_matches_in_any_spelling(string name)
    {
        using var response = await Client.PostAsync("/auth/login", Form((name, JorgeUid)));

        Assert.Equal("955", (await ReadJson(response))["user_info"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_value_counts_as_missing()
    {
        await AssertBody(await Client.PostAsync("/auth/login", Json(new { email = "", uid = "", password = "x" })), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);
        await AssertBody(await Client.PostAsync("/auth/login", Json(new { email = "jorge", password = "" })), HttpStatusCode.BadRequest, AuthBodies.ProvidePassword);
        await AssertBody(await Client.PostAsync("/auth/login", Json(new { email = (string?)null, password = "x" })), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);
        await AssertBody(await Client.PostAsync("/auth/login?email=&password=x", Form(("uid", ""))), HttpStatusCode.BadRequest, AuthBodies.ProvideUsername);

        var login = await SignInByUidAsync();
        await AssertBody(
            await PostAsync("/setDeviceToken", Form(("App_ID", ""), ("Platform", "iOS"), ("DeviceToken", "t")), login.AccessToken),
            HttpStatusCode.BadRequest,
            AuthBodies.MissingParameters);

        // An empty access_token in the query is no token, so it does not hide the one in the form.
        using var info = await PostAsync("/getUserInfo?access_token=", Form(("access_token", login.AccessToken)));
        Assert.Equal("955", (await ReadJson(info))["user_info"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_access_token_is_read_from_every_documented_place()
    {
        var login = await SignInByUidAsync();
        var token = login.AccessToken;

        var requests = new List<HttpRequestMessage>
        {
            Request(HttpMethod.Get, "/getUserInfo", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token)),
            Request(HttpMethod.Get, "/getUserInfo", r => r.Headers.TryAddWithoutValidation("Authorization", "bearer " + token)),
            Request(HttpMethod.Get, "/getUserInfo", r => r.Headers.Add("access_token", token)),
            Request(HttpMethod.Get, "/getUserInfo", r => r.Headers.Add("Access_Token", token)),
            Request(HttpMethod.Get, "/getUserInfo?access_token=" + token),
            Request(HttpMethod.Get, "/getUserInfo?Access_token=" + token),
            Request(HttpMethod.Get, "/getUserInfo?AccessToken=" + token),
            Request(HttpMethod.Post, "/getUserInfo", r => r.Content = Form(("access_token", token))),
            Request(HttpMethod.Post, "/getUserInfo", r => r.Content = Multipart(("Access_token", token))),
            Request(HttpMethod.Post, "/getUserInfo", r => r.Content = Json(new { access_token = token })),
            Request(HttpMethod.Get, "/getUserInfo", r => r.Headers.Add("Cookie", $"{CookieName}={login.Cookie}")),
        };

        foreach (var request in requests)
        {
            using var response = await Client.SendAsync(request);
            var body = await ReadJson(response);
            Assert.True("955" == body["user_info"]?["id"]?.GetValue<string>(), $"{request.Method} {request.RequestUri} {request.Headers}: {body.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("/auth/login/")]
    [InlineData("/AUTH/LOGIN")]
    [InlineData("/Auth/Login/")]
    [InlineData("/auth/LOGIN/")]
    public async Task Paths_match_in_any_case_with_or_without_a_trailing_slash(string path)
    {
        using var response = await Client.PostAsync(path, Form(("uid", JorgeUid)));
        var login = await ReadJson(response);
        var token = login["access_token"]!.GetValue<string>();

        foreach (var route in new[] { "/getuserinfo", "/GETUSERINFO/", "/getUserInfo/" })
        {
            using var info = await GetAsync(route, token);
            Assert.Equal("955", (await ReadJson(info))["user_info"]!["id"]!.GetValue<string>());
        }

        await AssertBody(await GetAsync("/REVOKETOKEN/", token), HttpStatusCode.OK, AuthBodies.Revoked);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_answers_GET_POST_PUT_DELETE_and_PATCH(string path, int status, string body)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            await AssertBody(await SendAsync(method, path), (HttpStatusCode)status, body);
        }
    }

    [Fact]
    public async Task Every_method_carries_parameters_in_the_query_and_in_the_body()
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var byQuery = await SendAsync(method, "/auth/login?uid=" + JorgeUid);
            Assert.Equal("955", (await ReadJson(byQuery))["user_info"]!["id"]!.GetValue<string>());

            using var byForm = await SendAsync(method, "/auth/login", content: Form(("uid", JorgeUid)));
            Assert.Equal("955", (await ReadJson(byForm))["user_info"]!["id"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Other_methods_get_a_JSON_405(string path, int status, string body)
    {
        _ = (status, body);
        foreach (var method in new[] { HttpMethod.Options, HttpMethod.Trace, new HttpMethod("PROPFIND") })
        {
            await AssertBody(await SendAsync(method, path), HttpStatusCode.MethodNotAllowed, AuthBodies.MethodNotAllowed);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/auth")]
    [InlineData("/auth/login/extra")]
    [InlineData("/auth/reset-password")]
    [InlineData("/getUserInfos")]
    public async Task An_unknown_path_gets_a_JSON_404(string path)
    {
        await AssertBody(await GetAsync(path), HttpStatusCode.NotFound, AuthBodies.NotFound);
        await AssertBody(await PostAsync(path, Form(("uid", JorgeUid))), HttpStatusCode.NotFound, AuthBodies.NotFound);
    }

    /// <summary>The path and body that carry <paramref name="fields"/> to <paramref name="route"/> in the named way.</summary>
    private static (string Path, HttpContent? Content) Carry(string route, string source, params (string Name, string Value)[] fields) => source switch
    {
        "query" => (route + "?" + string.Join('&', fields.Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}")), null),
        "urlencoded" => (route, Form(fields)),
        "multipart" => (route, Multipart(fields)),
        "json" => (route, Json(fields.ToDictionary(f => f.Name, f => f.Value))),
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    private static MultipartFormDataContent Multipart(params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        return content;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path);
        configure?.Invoke(request);
        return request;
    }
}

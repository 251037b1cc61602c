using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>Base of every HTTP test: a database back at docs/demo-data.md, a client, and exact-body assertions.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(MspApiFactory api) : IAsyncLifetime
{
    protected MspApiFactory Api { get; } = api;

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Api.ResetAsync();
        Client = Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Logs a demo account in with a form post and answers its access and refresh tokens: for tests whose subject is the
    /// login itself. Others take <see cref="TokensOf"/>, which spends no password hash.
    /// </summary>
    protected async Task<(string AccessToken, string RefreshToken)> LoginAsync(string login, string password)
    {
        using var response = await Client.PostAsync("/auth/login", Form(("email", login), ("password", password)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (body["access_token"]!.GetValue<string>(), body["refresh_token"]!.GetValue<string>());
    }

    /// <summary>Fresh tokens for a demo account of docs/demo-data.md, issued by the host's real token store.</summary>
    protected async Task<(string AccessToken, string RefreshToken)> TokensOf(string login)
    {
        var issued = await Api.IssueTokensAsync(login);
        return (issued.Tokens.AccessToken, issued.Tokens.RefreshToken);
    }

    /// <summary>A fresh access token for a demo account of docs/demo-data.md, issued by the host's real token store.</summary>
    protected async Task<string> TokenOf(string login) => (await TokensOf(login)).AccessToken;

    protected static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    protected static JsonContent Json(object body) => JsonContent.Create(body);

    /// <summary>The status, and a body equal as JSON to <paramref name="expectedJson"/> (property order aside).</summary>
    protected static async Task AssertBody(HttpResponseMessage response, HttpStatusCode status, string expectedJson)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(actual)), $"Expected {expectedJson}\nActual   {actual}");
    }

    protected static async Task<JsonNode> ReadJson(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        return JsonNode.Parse(actual)!;
    }
}

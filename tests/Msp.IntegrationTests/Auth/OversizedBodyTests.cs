using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// A form or JSON body over 1 MiB gets 413 <c>{"error":"Request Entity Too Large"}</c> on every route, however it is sent.
/// (A body of another type is never read, so it is never measured either.)
/// </summary>
[Collection(KestrelApiCollection.Name)]
public sealed class OversizedBodyTests(KestrelApi host) : IAsyncLifetime
{
    private const int Limit = 1024 * 1024;

    private HttpClient _client = null!;

    public static TheoryData<string> Routes =>
        ["/auth/login", "/auth/logout", "/refreshToken", "/revokeToken", "/getUserInfo", "/changePassword", "/setDeviceToken"];

    public async Task InitializeAsync()
    {
        await host.Api.ResetAsync();
        _client = host.Api.CreateClient();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_body_over_1_MiB_is_too_large_whatever_its_type(string route)
    {
        var padding = new string('x', Limit);
        var bodies = new (string Kind, HttpContent Body)[]
        {
            ("urlencoded", new FormUrlEncodedContent([new("password", padding)])),
            ("JSON", new StringContent($$"""{"password":"{{padding}}"}""", Encoding.UTF8, "application/json")),
            ("multipart", new MultipartFormDataContent { { new StringContent(padding), "password" } }),
        };

        foreach (var (kind, body) in bodies)
        {
            // Kestrel refuses the declared length before reading and then closes the connection. Waiting for
            // "100 Continue" keeps the client from writing into that closing connection, which would lose the answer.
            using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = body };
            request.Headers.ExpectContinue = true;
            using var response = await _client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{kind}: {(int)response.StatusCode} {text}");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AuthBodies.TooLarge), JsonNode.Parse(text)), $"{kind}: {text}");
        }
    }

    [Fact]
    public async Task A_body_of_exactly_1_MiB_is_read()
    {
        var prefix = "uid=STB-0955-0001&source=App&padding=";
        var body = new StringContent(prefix + new string('x', Limit - prefix.Length), Encoding.ASCII, "application/x-www-form-urlencoded");
        Assert.Equal(Limit, body.Headers.ContentLength);

        using var response = await _client.PostAsync("/auth/login", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("955", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["user_info"]!["id"]!.GetValue<string>());
    }
}

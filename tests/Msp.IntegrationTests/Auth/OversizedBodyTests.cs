using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Robustness;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// A form or JSON body over 1 MiB gets 413 <c>{"error":"Request Entity Too Large"}</c> on every operation route the host
/// maps (<see cref="RouteCatalogue"/>), however it is sent. (A body of another type is never read, so it is never
/// measured either.)
/// </summary>
[Collection(KestrelApiCollection.Name)]
public sealed class OversizedBodyTests(KestrelApi host) : IAsyncLifetime
{
    private const int Limit = 1024 * 1024;

    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await host.Api.ResetAsync();
        using var kestrel = host.Api.CreateClient();

        // Kestrel refuses the declared length before reading and then closes the connection. Waiting for "100 Continue"
        // keeps the client from writing into that closing connection, which would lose the answer; the default wait
        // (1 s) can pass on a busy machine before Kestrel has answered, so the client waits for as long as it takes.
        _client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = kestrel.BaseAddress,
        };
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_body_over_1_MiB_is_too_large_on_every_route_whatever_its_type()
    {
        var padding = new string('x', Limit);
        var routes = RouteCatalogue.Discover(host.Api.Services);
        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            var path = route.RouteParameters.Aggregate(route.Pattern, (p, r) => p.Replace("{" + r.Name + (r.IsOptional ? "?}" : "}"), "1", StringComparison.Ordinal));
            var bodies = new (string Kind, HttpContent Body)[]
            {
                ("urlencoded", new FormUrlEncodedContent([new("password", padding)])),
                ("JSON", new StringContent($$"""{"password":"{{padding}}"}""", Encoding.UTF8, "application/json")),
                ("multipart", new MultipartFormDataContent { { new StringContent(padding), "password" } }),
            };

            foreach (var (kind, body) in bodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Operations[0].Method), path) { Content = body };
                request.Headers.ExpectContinue = true;
                using var response = await _client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{route}, {kind}: {(int)response.StatusCode} {text}");
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AuthBodies.TooLarge), JsonNode.Parse(text)), $"{route}, {kind}: {text}");
            }
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

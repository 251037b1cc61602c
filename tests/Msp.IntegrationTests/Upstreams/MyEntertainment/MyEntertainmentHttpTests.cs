using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Msp.IntegrationTests.Upstreams.MyEntertainment;

/// <summary>
/// Spec 7 through the real HTTP adapter against WireMock: the request MSP sends per route and the relayed answers; the
/// credentials go to the calling user only and are asked for afresh every time (never cached).
/// </summary>
public sealed class MyEntertainmentHttpTests(RelayHost host) : RelayHttpTest(host)
{
    private const string Credentials = """{"status":{"status":"ok","credentials":{"username":"jorge.iptv","password":"s3cr3t-9X"}}}""";

    [Fact]
    public async Task Contact_and_avatar_are_asked_for_the_calling_user_and_relayed()
    {
        var token = await JorgeWithMyEntertainmentAsync();
        var jpeg = RelayWire.ExampleBytes("MyEntertainment", "avatar.jpg");
        Upstream.Given(Request.Create().WithPath(BasePath + "getContact").UsingGet().WithParam("user_id", "955"))
            .RespondWith(Json(200, RelayWire.Example("MyEntertainment", "contact")));
        Upstream.Given(Request.Create().WithPath(BasePath + "getContactAvatar").UsingGet().WithParam("user_id", "955"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(jpeg));

        await AssertBody(await SendAsync(HttpMethod.Get, "/myentertainment/getContact", token), HttpStatusCode.OK, RelayWire.Example("MyEntertainment", "contact"));
        using var avatar = await SendAsync(HttpMethod.Get, "/myentertainment/getContactAvatar", token);
        Assert.Equal("image/jpeg", avatar.Content.Headers.ContentType?.MediaType);
        Assert.Equal(jpeg, await avatar.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Credentials_are_the_calling_user_s_and_are_asked_for_every_time()
    {
        var token = await JorgeWithMyEntertainmentAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getCredentials").UsingGet().WithParam("user_id", "955")).RespondWith(Json(200, Credentials));

        await AssertBody(await SendAsync(HttpMethod.Get, "/myentertainment/getCredentials", token), HttpStatusCode.OK, Credentials);
        await AssertBody(await SendAsync(HttpMethod.Get, "/myentertainment/getCredentials?user_id=1154", token), HttpStatusCode.OK, Credentials);
        Assert.Equal(2, await ReachedAtLeastAsync(2));
        Assert.All(Upstream.LogEntries, entry => Assert.Equal("955", entry.RequestMessage.Query!["user_id"].Single()));
    }

    [Fact]
    public async Task Credentials_never_reach_a_log_line_answered_or_refused()
    {
        var token = await JorgeWithMyEntertainmentAsync();
        using var logs = new CapturedLogs(Api.Services.GetRequiredService<ILoggerFactory>());
        Upstream.Given(Request.Create().WithPath(BasePath + "getCredentials").UsingGet()).RespondWith(Json(200, Credentials));
        await AssertBody(await SendAsync(HttpMethod.Get, "/myentertainment/getCredentials", token), HttpStatusCode.OK, Credentials);

        Upstream.Reset();
        Upstream.Given(Request.Create().WithPath(BasePath + "getCredentials").UsingGet())
            .RespondWith(Json(200, """{"status":{"status":"ok","credentials":{"username":"jorge.iptv","password":"s3cr3t-9X","pin":[]},"extra":"""));
        await AssertFailsWithinBudgetAsync(HttpMethod.Get, "/myentertainment/getCredentials", token);

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("s3cr3t-9X", StringComparison.Ordinal) || line.Contains("jorge.iptv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"status":{"status":"ok","credentials":{"username":"app"}}}""")]
    [InlineData("""{"status":{"status":"ok","credentials":{"username":"","password":"app"}}}""")]
    [InlineData("""{"status":{"status":"error","msg":"no iptv account"}}""")]
    [InlineData("""{"username":"app","password":"app"}""")]
    public async Task Incomplete_credentials_are_the_documented_500(string body)
    {
        var token = await JorgeWithMyEntertainmentAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getCredentials").UsingGet()).RespondWith(Json(200, body));

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, "/myentertainment/getCredentials", token);
    }

    [Fact]
    public async Task My_Entertainment_is_not_called_for_a_caller_who_is_not_subscribed()
    {
        await PointAtAsync("My Entertainment", ApiUrl);
        Upstream.Given(Request.Create().WithPath(BasePath + "getCredentials")).RespondWith(Json(200, Credentials));

        await AssertBody(await SendAsync(HttpMethod.Get, "/myentertainment/getCredentials", await TokenOf("demo.vzug")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        Assert.Equal(0, Reached);
    }

    private async Task<string> JorgeWithMyEntertainmentAsync()
    {
        await PointAtAsync("My Entertainment", ApiUrl);
        return await TokenOf("jorge");
    }
}

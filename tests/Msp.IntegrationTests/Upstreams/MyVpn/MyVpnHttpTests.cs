using System.Net;
using System.Text;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Msp.IntegrationTests.Upstreams.MyVpn;

/// <summary>
/// Spec 9 through the real HTTP adapter against WireMock: the request MSP sends per route, the relayed answers, the
/// documented <c>id not found</c>, and that the two writes are sent once, never retried.
/// </summary>
public sealed class MyVpnHttpTests(RelayHost host) : RelayHttpTest(host)
{
    private const string Cams = """{"status":{"status":"ok","cams":[{"id":7,"name":"Hof"}]}}""";

    [Fact]
    public async Task Reads_are_GETs_with_the_user_id_and_their_answers_are_relayed()
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getCamsByUser").UsingGet().WithParam("user_id", "955")).RespondWith(Json(200, Cams));
        Upstream.Given(Request.Create().WithPath(BasePath + "getCertificates").UsingGet().WithParam("user_id", "955").WithParam("device", "STB 1/2"))
            .RespondWith(Json(200, RelayWire.Example("MyVpn", "certificates")));
        Upstream.Given(Request.Create().WithPath(BasePath + "getContact").UsingGet().WithParam("user_id", "955"))
            .RespondWith(Json(200, RelayWire.Example("MyVpn", "contact")));

        await AssertBody(await SendAsync(HttpMethod.Get, "/myvpn/getCamsByUser", token), HttpStatusCode.OK, Cams);
        await AssertBody(
            await SendAsync(HttpMethod.Post, "/myvpn/getCertificates?Device=STB%201%2F2", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "certificates"));
        await AssertBody(await SendAsync(HttpMethod.Get, "/myvpn/getContact", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "contact"));
    }

    [Fact]
    public async Task A_contact_without_some_fields_gets_them_empty()
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getContact").UsingGet())
            .RespondWith(Json(200, """{"status":{"status":"ok","contact":{"fullname":"Miguel Morillo","email":"miguel.morillo@gmail.com","url":null,"extra":1}}}"""));

        await AssertBody(await SendAsync(HttpMethod.Get, "/myvpn/getContact", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "contact"));
    }

    [Theory]
    [InlineData("""{"status":{"status":"ok"}}""")]
    [InlineData("""{"status":{"status":"ok","contact":{"fullname":42}}}""")]
    [InlineData("""{"status":{"status":"error","code":"-2","msg":"id not found"}}""")]
    public async Task An_unusable_contact_is_the_documented_500(string body)
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getContact").UsingGet()).RespondWith(Json(200, body));

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, "/myvpn/getContact", token);
    }

    [Fact]
    public async Task The_avatar_is_streamed_as_the_JPEG_My_VPN_sent()
    {
        var token = await JorgeWithMyVpnAsync();
        var jpeg = RelayWire.ExampleBytes("MyVpn", "avatar.jpg");
        Upstream.Given(Request.Create().WithPath(BasePath + "getContactAvatar").UsingGet().WithParam("user_id", "955"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(jpeg));

        using var response = await SendAsync(HttpMethod.Get, "/myvpn/getContactAvatar", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(jpeg, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/json")]
    public async Task An_avatar_that_is_not_a_JPEG_is_the_documented_500(string contentType)
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getContactAvatar").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(Encoding.UTF8.GetBytes("""{"status":"error"}""")));

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, "/myvpn/getContactAvatar", token);
    }

    [Theory]
    [InlineData("setCamServiceByUser")]
    [InlineData("unsetCamServiceByUser")]
    public async Task Writes_are_POST_forms_with_the_user_id_and_their_answers_are_relayed(string operation)
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + operation).UsingPost().WithBody(new ExactMatcher("user_id=955")))
            .RespondWith(Json(200, RelayWire.Example("MyVpn", "set")));

        await AssertBody(await SendAsync(HttpMethod.Post, "/myvpn/" + operation, token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "set"));
    }

    [Theory]
    [InlineData("setCamServiceByUser", 500)]
    [InlineData("unsetCamServiceByUser", 503)]
    public async Task A_failed_write_is_sent_once_never_retried(string operation, int status)
    {
        var token = await JorgeWithMyVpnAsync();
        var arrivals = 0;
        Upstream.Given(Request.Create().WithPath(BasePath + operation).UsingPost()).RespondWith(Response.Create().WithCallback(_ =>
        {
            Interlocked.Increment(ref arrivals);
            return new ResponseMessage
            {
                StatusCode = status,
                Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = "{}" },
            };
        }));

        // Counted as WireMock receives each request, before it answers: a retry would come before MSP's answer, so
        // once MSP has answered the count is final, with nothing to wait for.
        await AssertFailsWithinBudgetAsync(HttpMethod.Post, "/myvpn/" + operation, token);
        Assert.Equal(1, Volatile.Read(ref arrivals));
        Assert.Equal(1, await ReachedAtLeastAsync(1));
    }

    [Theory]
    [InlineData("getCamsByUser", "GET", """{"status":{"status":"error","code":"-2","msg":"id not found"}}""")]
    [InlineData("getCertificates", "POST", """{"status":{"status":"error","code":-2,"msg":"ID not found"}}""")]
    [InlineData("setCamServiceByUser", "POST", """{"status":{"status":"error","code":"-2","msg":"id not found"}}""")]
    [InlineData("unsetCamServiceByUser", "POST", """{"status":{"status":"error","code":"-2","msg":"id not found"}}""")]
    public async Task id_not_found_is_answered_as_documented(string operation, string method, string body)
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + operation)).RespondWith(Json(200, body));

        await AssertBody(await SendAsync(new HttpMethod(method), $"/myvpn/{operation}?Device=d1", token), HttpStatusCode.OK, RelayWire.IdNotFound);
    }

    [Theory]
    [InlineData("""{"status":{"status":"error","code":"-1","msg":"database down"}}""")]
    [InlineData("""{"status":{"status":"error","code":"-2","msg":"device not found"}}""")]
    [InlineData("[]")]
    public async Task Undocumented_errors_are_the_documented_500(string body)
    {
        var token = await JorgeWithMyVpnAsync();
        Upstream.Given(Request.Create().WithPath(BasePath + "getCamsByUser")).RespondWith(Json(200, body));

        await AssertFailsWithinBudgetAsync(HttpMethod.Get, "/myvpn/getCamsByUser", token);
    }

    [Fact]
    public async Task My_VPN_is_not_called_for_a_caller_who_is_not_subscribed()
    {
        await PointAtAsync("My VPN", ApiUrl);
        Upstream.Given(Request.Create().WithPath(BasePath + "setCamServiceByUser")).RespondWith(Json(200, RelayWire.Example("MyVpn", "set")));

        await AssertBody(await SendAsync(HttpMethod.Post, "/myvpn/setCamServiceByUser", await TokenOf("demo.vzug")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        Assert.Equal(0, Reached);
    }

    private async Task<string> JorgeWithMyVpnAsync()
    {
        await PointAtAsync("My VPN", ApiUrl);
        return await TokenOf("jorge");
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// Spec 5 and 10 through the one real Docman adapter against WireMock, for both services: what MSP sends (to the
/// route's own service record, with that record's credential), how Docman's answers map to the documented bodies, and
/// that every way Docman can fail is the documented 500 within the budget, for a JSON and a binary route of each service.
/// Each test gives the services a base path of its own, so a request an earlier test left hanging is not counted here.
/// </summary>
[Collection(RecordUrlCollection.Name)]
public sealed class DocmanHttpTests : ApiTest
{
    private static readonly TimeSpan AnswerBound = UpstreamHost.AnswerBound;

    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.4\n% a document relayed byte for byte\n%%EOF\n");

    private static readonly byte[] JpegBytes = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    private readonly WireMockServer _upstream;
    private readonly ITestOutputHelper _output;
    private readonly string _basePath = $"/{Guid.NewGuid():N}/";

    public DocmanHttpTests(RecordUrlHost host, ITestOutputHelper output)
        : base(host.Api)
    {
        _upstream = host.Upstream;
        _upstream.Reset();
        _output = output;
    }

    public static TheoryData<string, int> Services => DocmanWire.Services;

    /// <summary>A JSON and a binary route of each service, for the fault tests.</summary>
    public static TheoryData<string, string> FaultRoutes => new()
    {
        { "/getContact", "getContact" },
        { "/getImage?Item_id=4", "getImage" },
        { "/sw/getContact", "getContact" },
        { "/sw/getImage?Item_id=4", "getImage" },
    };

    private static string Authorization(string prefix) => prefix.Length == 0
        ? DocmanWire.DocmanAuthorization
        : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("sw-admin:sw-secret"));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Contacts_are_asked_of_the_route_s_service_as_that_service_and_relayed(string prefix, int serviceId)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getContact")).UsingGet().WithParam("user_id", "955").WithHeader("Authorization", Authorization(prefix)))
            .RespondWith(Json(200, DocmanWire.Contacts));

        await AssertBody(await SendAsync(prefix + "/getContact", token), HttpStatusCode.OK, DocmanWire.Contacts);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Numeric_ids_missing_fields_and_extra_fields_are_normalised_to_the_spec_shape(string prefix, int serviceId)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getContact")).UsingGet())
            .RespondWith(Json(200, """{"status":"ok","contacts":[{"id":15,"role":"IT Help","email":"a@b.ch","internal_note":"x"}]}"""));

        await AssertBody(
            await SendAsync(prefix + "/getContact", token),
            HttpStatusCode.OK,
            """{"status":"ok","contacts":[{"id":"15","fullname":"","role":"IT Help","url":"","email":"a@b.ch","telephone":"","schedule":"","company":"","address":"","zip":"","city":""}]}""");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Document_trees_and_the_latest_five_notifications_are_relayed(string prefix, int serviceId)
    {
        var token = await JorgeAsync();
        const string trees = """{"status":"ok","usertree":[{"id":1,"children":[{"id":2}]}],"repotree":[]}""";
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getDocsInfo")).UsingGet().WithParam("user_id", "955")).RespondWith(Json(200, trees));
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getNotifications")).UsingGet().WithParam("user_id", "955"))
            .RespondWith(Json(200, """{"status":"ok","notifications":[{"id":6},{"id":5},{"id":4},{"id":3},{"id":2},{"id":1}]}"""));

        await AssertBody(await SendAsync(prefix + "/getDocsInfo", token, HttpMethod.Post), HttpStatusCode.OK, trees);
        await AssertBody(
            await SendAsync(prefix + "/getNotifications", token, HttpMethod.Post),
            HttpStatusCode.OK,
            """{"status":"ok","notifications":[{"id":6},{"id":5},{"id":4},{"id":3},{"id":2}]}""");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Files_are_relayed_byte_for_byte_with_type_and_length(string prefix, int serviceId)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getDocInfo")).UsingGet().WithParam("user_id", "955").WithParam("doc_id", "7").WithHeader("Authorization", Authorization(prefix)))
            .RespondWith(File("application/pdf", PdfBytes));
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getImage")).UsingGet().WithParam("user_id", "955").WithParam("item_id", "4"))
            .RespondWith(File("image/jpeg", JpegBytes));
        _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getContactAvatar")).UsingGet().WithParam("user_id", "955").WithParam("id", "15"))
            .RespondWith(File("image/jpeg", JpegBytes));

        await AssertFile(await SendAsync(prefix + "/getDocInfo?Doc_id=7", token, HttpMethod.Post), "application/pdf", PdfBytes);
        await AssertFile(await SendAsync(prefix + "/getDocInfo?Doc_id=7", token), "application/pdf", PdfBytes);
        await AssertFile(await SendAsync(prefix + "/getImage?Item_id=4", token), "image/jpeg", JpegBytes);
        await AssertFile(await SendAsync(prefix + "/getContactAvatar?ID=15", token), "image/jpeg", JpegBytes);
    }

    [Theory]
    [InlineData("", "getContactAvatar", "/getContactAvatar?ID=15", """{"msg":"Contact not set","status":"error","code":-1}""", DocmanWire.ContactNotSet)]
    [InlineData("", "getContactAvatar", "/getContactAvatar?ID=15", """{"msg":"Not Manager Id","status":"error","code":"-3"}""", DocmanWire.NotManagerId)]
    [InlineData("", "getDocInfo", "/getDocInfo?Doc_id=7", """{"msg":"file not found","status":"error","code":-3}""", DocmanWire.FileNotFound)]
    [InlineData("", "getDocInfo", "/getDocInfo?Doc_id=7", """{"msg":"doc_id not correct","status":"error","code":-2}""", DocmanWire.DocIdNotCorrect)]
    [InlineData("", "getImage", "/getImage?Item_id=4", """{"status":"error","msg":"item_id not correct"," code":-2}""", DocmanWire.ItemIdNotCorrect)]
    [InlineData("/sw", "getContactAvatar", "/getContactAvatar?ID=15", """{"msg":"not manager id","status":"error","code":-3}""", DocmanWire.NotManagerId)]
    [InlineData("/sw", "getDocInfo", "/getDocInfo?Doc_id=7", """{"msg":"file not found","status":"error","code":-3}""", DocmanWire.FileNotFound)]
    [InlineData("/sw", "getImage", "/getImage?Item_id=4", """{"status":"error","msg":"item_id not correct","code":-2}""", DocmanWire.ItemIdNotCorrect)]
    public async Task Docman_s_refusals_become_the_documented_bodies_exactly(string prefix, string operation, string route, string docmanBody, string body)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(prefix.Length == 0 ? 3 : 8, operation)).UsingGet()).RespondWith(Json(200, docmanBody));

        await AssertBody(await SendAsync(prefix + route, token), HttpStatusCode.OK, body);
    }

    [Theory]
    [InlineData("getImage", "/getImage?Item_id=4", "application/json", """{"msg":"file not found","status":"error","code":-3}""")]
    [InlineData("getImage", "/getImage?Item_id=4", "application/json", """{"msg":"Database is down","status":"error"}""")]
    [InlineData("getDocInfo", "/getDocInfo?Doc_id=7", "image/jpeg", "not a pdf")]
    [InlineData("getDocInfo", "/getDocInfo?Doc_id=7", "text/html", "<html><body>502 Bad Gateway</body></html>")]
    [InlineData("getContact", "/getContact", "application/json", """{"status":"ok","contacts":[{"id":"15","role":""")]
    [InlineData("getContact", "/getContact", "application/json", """{"status":"error","contacts":[]}""")]
    [InlineData("getContact", "/getContact", "application/json", """{"status":"ok"}""")]
    [InlineData("getContact", "/getContact", "application/json", """{"status":"ok","contacts":[{"role":"no id"}]}""")]
    [InlineData("getDocsInfo", "/getDocsInfo", "application/json", """{"status":"ok","usertree":[]}""")]
    [InlineData("getNotifications", "/getNotifications", "application/json", "[]")]
    public async Task Undocumented_answers_give_the_documented_500_without_retrying(string operation, string route, string contentType, string body)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(3, operation)).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(Encoding.UTF8.GetBytes(body)));

        await AssertFailsWithinBudgetAsync(route, token);
        Assert.Equal(1, await ReachedAtLeastAsync(1));
    }

    [Theory]
    [MemberData(nameof(FaultRoutes))]
    public async Task Docman_500_is_retried_then_the_documented_500(string route, string operation)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(ServiceOf(route), operation)).UsingGet())
            .RespondWith(Json(500, """{"error":"boom in DocController.php line 12"}"""));

        await AssertFailsWithinBudgetAsync(route, token);
        Assert.Equal(1 + UpstreamHost.RetryCount, await ReachedAtLeastAsync(1 + UpstreamHost.RetryCount));
    }

    [Theory]
    [MemberData(nameof(FaultRoutes))]
    public async Task Docman_hanging_is_the_documented_500_once_the_budget_is_spent(string route, string operation)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(ServiceOf(route), operation)).UsingGet())
            .RespondWith(File("image/jpeg", JpegBytes).WithDelay(UpstreamHost.Hang));

        var elapsed = await AssertFailsWithinBudgetAsync(route, token);
        Assert.True(elapsed >= UpstreamHost.AttemptTimeout, $"Answered after {elapsed.TotalMilliseconds:0} ms, before one attempt could time out");
    }

    [Theory]
    [MemberData(nameof(FaultRoutes))]
    public async Task Docman_answering_garbage_is_the_documented_500(string route, string operation)
    {
        var token = await JorgeAsync();
        _upstream.Given(Request.Create().WithPath(PathOf(ServiceOf(route), operation)).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html>Whoops, looks like something went wrong.</html>"));

        await AssertFailsWithinBudgetAsync(route, token);
    }

    [Theory]
    [MemberData(nameof(FaultRoutes))]
    public async Task Docman_refusing_connections_is_the_documented_500(string route, string operation)
    {
        _ = operation;
        using var refusing = new RefusingPort();
        var token = await JorgeAsync($"http://127.0.0.1:{refusing.Port}/");

        await AssertFailsWithinBudgetAsync(route, token);
        using var live = await Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Docman_is_not_called_for_a_caller_who_is_not_subscribed_to_the_route_s_service()
    {
        var token = await JorgeAsync();
        var vzug = await TokenOf("demo.vzug");
        _upstream.Given(Request.Create().UsingGet()).RespondWith(Json(200, DocmanWire.Contacts));

        await AssertBody(await SendAsync("/sw/getContact", vzug), HttpStatusCode.BadRequest, DocmanWire.Unauthorized);
        await AssertBody(await SendAsync("/sw/getContactAvatar?ID=15", vzug), HttpStatusCode.BadRequest, DocmanWire.AvatarUnauthorized);
        Assert.Equal(0, Reached);
        _ = token;
    }

    [Fact]
    public async Task The_services_credentials_never_reach_a_log_line_or_an_answer_whatever_Docman_does()
    {
        var token = await JorgeAsync();
        using var logs = new CapturedLogs(Api.Services.GetRequiredService<ILoggerFactory>());
        var secrets = new[] { "c46f835677bfb4899117c3bf068e5b1a", "sw-secret", DocmanWire.DocmanAuthorization["Basic ".Length..], Authorization("/sw")["Basic ".Length..] };
        var answers = new List<string>();
        foreach (var (prefix, serviceId) in new[] { ("", 3), ("/sw", 8) })
        {
            _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getContact")).UsingGet()).RespondWith(Json(200, DocmanWire.Contacts));
            _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getImage")).UsingGet()).RespondWith(Json(500, """{"error":"boom"}"""));
            _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getDocsInfo")).UsingGet())
                .RespondWith(Response.Create().WithStatusCode(401).WithHeader("WWW-Authenticate", "Basic").WithBody("credentials refused"));
            _upstream.Given(Request.Create().WithPath(PathOf(serviceId, "getNotifications")).UsingGet()).RespondWith(Json(200, "<html>not json"));
            foreach (var route in new[] { "/getContact", "/getImage?Item_id=4", "/getDocsInfo", "/getNotifications" })
            {
                using var response = await SendAsync(prefix + route, token);
                answers.Add(await response.Content.ReadAsStringAsync());
            }
        }

        using var refusing = new RefusingPort();
        await JorgeAsync($"http://127.0.0.1:{refusing.Port}/");
        using (var refused = await SendAsync("/getContact", token))
        {
            answers.Add(await refused.Content.ReadAsStringAsync());
        }

        Assert.Contains(logs.Lines, line => line.Contains("getImage", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("getNotifications", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(answers, answer => answer.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static int ServiceOf(string route) => route.StartsWith("/sw/", StringComparison.Ordinal) ? 8 : 3;

    private string PathOf(int serviceId, string operation) => $"{_basePath}{serviceId}/{operation}";

    private int Reached => _upstream.LogEntries.Count(entry => entry.RequestMessage.Path.StartsWith(_basePath, StringComparison.Ordinal));

    private async Task<int> ReachedAtLeastAsync(int expected)
    {
        var waited = Stopwatch.StartNew();
        while (Reached < expected && waited.Elapsed < UpstreamHost.AnswerBound)
        {
            await Task.Delay(20);
        }

        return Reached;
    }

    /// <summary>
    /// Points both service records at WireMock (Docman under <c>…/3/</c>, SW Docman under <c>…/8/</c>, or both at
    /// <paramref name="apiUrl"/>), gives SW Docman a credential of its own, and logs jorge in.
    /// </summary>
    private async Task<string> JorgeAsync(string? apiUrl = null)
    {
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE services SET api_url = @Url3 WHERE id = 3; UPDATE services SET api_url = @Url8, admin = 'sw-admin', admin_password = 'sw-secret' WHERE id = 8",
                new { Url3 = apiUrl ?? $"{_upstream.Url}{_basePath}3/", Url8 = apiUrl ?? $"{_upstream.Url}{_basePath}8/" });
        }

        return await TokenOf("jorge");
    }

    private async Task<TimeSpan> AssertFailsWithinBudgetAsync(string route, string token)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await SendAsync(route, token);
        var elapsed = stopwatch.Elapsed;
        _output.WriteLine($"{route}: documented 500 after {elapsed.TotalMilliseconds:0} ms (budget {UpstreamHost.TotalTimeout.TotalMilliseconds:0} ms)");

        await AssertBody(response, HttpStatusCode.InternalServerError, DocmanWire.SomethingWentWrong);
        Assert.True(elapsed < AnswerBound, $"Answered after {elapsed.TotalMilliseconds:0} ms; bound {AnswerBound.TotalMilliseconds:0} ms");
        return elapsed;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string token, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(Encoding.UTF8.GetBytes(body));

    private static IResponseBuilder File(string contentType, byte[] body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(body);

    private static async Task AssertFile(HttpResponseMessage response, string contentType, byte[] expected)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected.Length, response.Content.Headers.ContentLength);
        Assert.Equal(expected, bytes);
    }

}

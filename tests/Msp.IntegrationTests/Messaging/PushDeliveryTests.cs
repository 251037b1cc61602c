using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// Push delivery by the outbox dispatcher through the real FCM and APNs clients against WireMock.Net standing in for
/// Google's token endpoint, FCM's send endpoint and APNs: sent, unregistered (token forgotten, message dead), throttled
/// and down (retried with back-off).
/// </summary>
public sealed class PushDeliveryTests(MspApiFactory api) : ApiTest(api)
{
    private const string SendPath = "/v1/projects/msp-test/messages:send";

    private static readonly RSA ServiceAccountKey = RSA.Create(2048);

    private static readonly ECDsa ApnsKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    [Fact]
    public async Task Fcm_gets_an_oauth_token_once_and_sends_each_push_with_it()
    {
        using var google = WireMockServer.Start();
        GivenToken(google);
        google.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { name = "projects/msp-test/messages/1" }));
        await RegisterAsync(955, "ch.lindau.app", "Android", "fcm-token-a");
        await RegisterAsync(955, "ch.lindau.app", "iOS", "fcm-token-b");
        await using var outbox = OutboxHarness.Create(Api, Settings(google));

        Assert.Equal(2, await outbox.EnqueuePushAsync(955, "Your parcel is here"));
        Assert.Equal(2, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        Assert.All(await OutboxRow.AllAsync(Api), row => Assert.Equal("sent", row.Status));
        var tokenRequests = google.LogEntries.Where(e => e.RequestMessage.Path == "/token").ToList();
        var assertion = Assert.Single(tokenRequests).RequestMessage.Body!;
        Assert.Contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer", assertion, StringComparison.Ordinal);
        var sends = google.LogEntries.Where(e => e.RequestMessage.Path == SendPath).Select(e => e.RequestMessage).ToList();
        Assert.Equal(2, sends.Count);
        Assert.All(sends, send => Assert.Equal("Bearer ya29.test-access-token", send.Headers!["Authorization"].Single()));
        var body = JsonNode.Parse(sends[0].Body!)!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"message":{"token":"fcm-token-a","notification":{"body":"Your parcel is here"}}}"""), body), body.ToJsonString());
    }

    [Fact]
    public async Task An_unregistered_fcm_token_is_forgotten_and_its_message_dead()
    {
        using var google = WireMockServer.Start();
        GivenToken(google);
        google.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(
            new { error = new { code = 404, message = "Requested entity was not found.", status = "NOT_FOUND", details = new[] { new { errorCode = "UNREGISTERED" } } } }));
        await RegisterAsync(955, "ch.lindau.app", "Android", "stale-token");
        await RegisterAsync(1154, "ch.vzug.app", "Android", "stale-token");
        await using var outbox = OutboxHarness.Create(Api, Settings(google));
        await outbox.EnqueuePushAsync(955, "Hello");

        await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None);

        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("dead", "FCM device token unregistered"), (row.Status, row.LastError));
        Assert.Equal(0, await DeviceCountAsync("stale-token"));
    }

    [Fact]
    public async Task An_invalid_fcm_token_is_forgotten_too()
    {
        using var google = WireMockServer.Start();
        GivenToken(google);
        google.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(
            new { error = new { code = 400, message = "The registration token is not a valid FCM registration token", status = "INVALID_ARGUMENT" } }));
        await RegisterAsync(955, "ch.lindau.app", "Android", "garbage");
        await using var outbox = OutboxHarness.Create(Api, Settings(google));
        await outbox.EnqueuePushAsync(955, "Hello");

        await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None);

        Assert.Equal("dead", (await OutboxRow.SingleAsync(Api)).Status);
        Assert.Equal(0, await DeviceCountAsync("garbage"));
    }

    [Theory]
    [InlineData(429, "FCM HTTP 429 RESOURCE_EXHAUSTED")]
    [InlineData(503, "FCM HTTP 503 UNAVAILABLE")]
    public async Task A_throttled_or_failing_fcm_is_retried_with_back_off_and_the_token_kept(int status, string reason)
    {
        using var google = WireMockServer.Start();
        GivenToken(google);
        google.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(status).WithBodyAsJson(
            new { error = new { code = status, status = status == 429 ? "RESOURCE_EXHAUSTED" : "UNAVAILABLE" } }));
        await RegisterAsync(955, "ch.lindau.app", "Android", "good-token");
        await using var outbox = OutboxHarness.Create(Api, Settings(google));
        await outbox.EnqueuePushAsync(955, "Hello");
        var dispatcher = outbox.NewDispatcher();

        await dispatcher.DispatchBatchAsync(CancellationToken.None);
        var failed = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("pending", 1, reason), (failed.Status, failed.Attempts, failed.LastError));
        Assert.Equal(1, await DeviceCountAsync("good-token"));

        google.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { name = "m" }));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchBatchAsync(CancellationToken.None);
        Assert.Equal(("sent", 2), ((await OutboxRow.SingleAsync(Api)).Status, (await OutboxRow.SingleAsync(Api)).Attempts));
    }

    [Fact]
    public async Task An_unreachable_fcm_is_retried()
    {
        using var google = WireMockServer.Start();
        GivenToken(google);
        using var refusing = new RefusingPort();
        await RegisterAsync(955, "ch.lindau.app", "Android", "good-token");
        var settings = Settings(google);
        settings["Push:Fcm:BaseUrl"] = $"http://127.0.0.1:{refusing.Port}/";
        await using var outbox = OutboxHarness.Create(Api, settings);
        await outbox.EnqueuePushAsync(955, "Hello");

        await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None);

        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("pending", "FCM unreachable: ConnectionError"), (row.Status, row.LastError));
    }

    [Fact]
    public async Task Apns_gets_configured_ios_apps_with_a_signed_provider_token()
    {
        using var apple = WireMockServer.Start();
        apple.Given(Request.Create().WithPath("/3/device/apns-token-1").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        using var google = WireMockServer.Start();
        await RegisterAsync(955, "ch.lindau.ios", "iOS", "apns-token-1");
        await using var outbox = OutboxHarness.Create(Api, Settings(google, apple));
        await outbox.EnqueuePushAsync(955, "Water off at 10");

        await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None);

        Assert.Equal("sent", (await OutboxRow.SingleAsync(Api)).Status);
        Assert.Empty(google.LogEntries);
        var request = Assert.Single(apple.LogEntries).RequestMessage;
        Assert.Equal("ch.lindau.ios", request.Headers!["apns-topic"].Single());
        Assert.Equal("alert", request.Headers!["apns-push-type"].Single());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"aps":{"alert":{"body":"Water off at 10"}}}"""), JsonNode.Parse(request.Body!)));

        var jwt = request.Headers!["Authorization"].Single()["bearer ".Length..].Split('.');
        var header = JsonNode.Parse(Base64UrlDecode(jwt[0]))!;
        var claims = JsonNode.Parse(Base64UrlDecode(jwt[1]))!;
        Assert.Equal(("ES256", "KEY1234567"), (header["alg"]!.GetValue<string>(), header["kid"]!.GetValue<string>()));
        Assert.Equal("TEAM123456", claims["iss"]!.GetValue<string>());
        Assert.True(ApnsKey.VerifyData(Encoding.ASCII.GetBytes($"{jwt[0]}.{jwt[1]}"), Base64UrlDecode(jwt[2]), HashAlgorithmName.SHA256));
    }

    [Theory]
    [InlineData(410, "Unregistered", "dead", 0)]
    [InlineData(400, "BadDeviceToken", "dead", 0)]
    [InlineData(429, "TooManyRequests", "pending", 1)]
    [InlineData(503, "ServiceUnavailable", "pending", 1)]
    public async Task Apns_refusals_forget_the_token_or_retry(int status, string reason, string expected, int devicesLeft)
    {
        using var apple = WireMockServer.Start();
        apple.Given(Request.Create().WithPath("/3/device/apns-token-1").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithBodyAsJson(new { reason }));
        using var google = WireMockServer.Start();
        await RegisterAsync(955, "ch.lindau.ios", "iOS", "apns-token-1");
        await using var outbox = OutboxHarness.Create(Api, Settings(google, apple));
        await outbox.EnqueuePushAsync(955, "Hello");

        await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None);

        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(expected, row.Status);
        Assert.Contains(reason, row.LastError, StringComparison.Ordinal);
        Assert.Equal(devicesLeft, await DeviceCountAsync("apns-token-1"));
    }

    [Fact]
    public async Task In_folder_mode_a_push_becomes_a_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msp-outbox-{Guid.NewGuid():N}");
        try
        {
            await RegisterAsync(955, "ch.lindau.app", "Android", "fcm-token-a");
            await using var outbox = OutboxHarness.Create(Api, new Dictionary<string, string?> { ["Messaging:Mode"] = "Folder", ["Messaging:Folder"] = folder });
            await outbox.EnqueuePushAsync(955, "Hello");

            Assert.Equal(1, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith("-push.json", file, StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(
                JsonNode.Parse("""{"to":"fcm-token-a","platform":"Android","app_id":"ch.lindau.app","text":"Hello"}"""),
                JsonNode.Parse(await File.ReadAllTextAsync(file))));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void GivenToken(WireMockServer google) =>
        google.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { access_token = "ya29.test-access-token", expires_in = 3599, token_type = "Bearer" }));

    private static Dictionary<string, string?> Settings(WireMockServer google, WireMockServer? apple = null)
    {
        var serviceAccount = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "msp-test",
            ["private_key_id"] = "key-1",
            ["private_key"] = ServiceAccountKey.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = "push@msp-test.iam.gserviceaccount.com",
            ["token_uri"] = $"{google.Url}/token",
        });
        var settings = new Dictionary<string, string?>
        {
            ["Push:Fcm:ServiceAccountJson"] = serviceAccount,
            ["Push:Fcm:BaseUrl"] = $"{google.Url}/",
            ["Push:Apns:KeyId"] = "KEY1234567",
            ["Push:Apns:TeamId"] = "TEAM123456",
            ["Push:Apns:PrivateKey"] = ApnsKey.ExportPkcs8PrivateKeyPem(),
            ["Push:Apns:BundleIds:0"] = "ch.lindau.ios",
        };
        if (apple is not null)
        {
            settings["Push:Apns:BaseUrl"] = $"{apple.Url}/";
        }

        return settings;
    }

    private async Task RegisterAsync(long userId, string appId, string platform, string deviceToken)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO device_push_tokens (account_id, app_id, platform, device_token, created_at, updated_at)
            VALUES (@UserId, @AppId, @Platform, @DeviceToken, @Now, @Now)
            """,
            new { UserId = userId, AppId = appId, Platform = platform, DeviceToken = deviceToken, Now = Api.Clock.GetUtcNow().UtcDateTime });
    }

    private async Task<long> DeviceCountAsync(string deviceToken)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM device_push_tokens WHERE device_token = @DeviceToken", new { DeviceToken = deviceToken });
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}

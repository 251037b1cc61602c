using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Messaging;
using Msp.Infrastructure.Messaging;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;
using SmtpServer.Protocol;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// The dispatcher against the test database and real endpoints: an SMTP server and an HTTP SMS gateway in the test
/// process. Rounds are run one at a time (<c>DispatchBatchAsync</c>) and the fake clock is moved between them, so
/// back-off is checked to the second.
/// </summary>
public sealed class OutboxDispatcherTests(MspApiFactory api) : ApiTest(api)
{
    private const string ApiKey = "test-gateway-key";

    [Fact]
    public async Task An_email_from_the_API_arrives_at_the_SMTP_server()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var outbox = OutboxHarness.Create(Api, OutboxHarness.SmtpTo(smtp));
        var (token, _) = await TokensOf("demo.vzug");
        await AssertBody(
            await Client.PostAsync($"/email/send?access_token={token}", Form(("Email", "antonio@example.ch"), ("Subject", "Grüezi"), ("Message", "Heute um 10 Uhr.\nBis bald"))),
            HttpStatusCode.OK,
            """{"status":"ok"}""");

        Assert.Equal(1, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        var mail = Assert.Single(smtp.Received);
        Assert.Equal("antonio@example.ch", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Grüezi", mail.Subject);
        Assert.Equal("Heute um 10 Uhr.\nBis bald", mail.TextBody?.ReplaceLineEndings("\n").TrimEnd('\n'));
        var row = await OutboxRow.SingleAsync(Api);
        Assert.StartsWith($"outbox-{row.Id}-", mail.MessageId ?? "", StringComparison.Ordinal);
        Assert.Equal(("sent", 1, null), (row.Status, row.Attempts, row.ClaimedBy));
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task A_batch_of_emails_goes_out_over_one_SMTP_connection()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var outbox = OutboxHarness.Create(Api, OutboxHarness.SmtpTo(smtp));
        foreach (var subject in new[] { "One", "Two", "Three" })
        {
            await outbox.EnqueueAsync(OutgoingMessage.Email("someone@example.org", subject, "Body"));
        }

        Assert.Equal(3, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        Assert.Equal(["One", "Two", "Three"], smtp.Received.Select(m => m.Subject));
        Assert.Equal(1, smtp.Sessions);
    }

    [Fact]
    public async Task After_a_refused_email_the_rest_of_the_batch_goes_out_on_a_new_connection()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        smtp.RefuseNext(1);
        await using var outbox = OutboxHarness.Create(Api, OutboxHarness.SmtpTo(smtp));
        foreach (var subject in new[] { "Refused", "Two", "Three" })
        {
            await outbox.EnqueueAsync(OutgoingMessage.Email("someone@example.org", subject, "Body"));
        }

        Assert.Equal(3, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        Assert.Equal(["Two", "Three"], smtp.Received.Select(m => m.Subject));
        Assert.Equal(2, smtp.Sessions);
    }

    [Fact]
    public async Task An_sms_from_the_API_reaches_the_gateway_as_JSON()
    {
        using var gateway = WireMockServer.Start();
        gateway.Given(Request.Create().WithPath("/sms").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        await using var outbox = OutboxHarness.Create(Api, SmsTo(gateway));
        var (token, _) = await TokensOf("lindau.admin");
        await AssertBody(
            await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text=Ihr+Techniker+kommt+um+10"),
            HttpStatusCode.OK,
            """{"status":"ok","msg":"1 sms prepared"}""");

        Assert.Equal(1, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        var request = Assert.Single(gateway.LogEntries).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.Equal("Bearer " + ApiKey, request.Headers!["Authorization"].ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"to":"+41783338763","text":"Ihr Techniker kommt um 10"}"""), JsonNode.Parse(request.Body!)), request.Body);
        Assert.Equal("sent", (await OutboxRow.SingleAsync(Api)).Status);
    }

    [Fact]
    public async Task A_refused_email_is_retried_with_exponential_back_off_until_the_server_takes_it()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        smtp.RefuseNext(2);
        await using var outbox = OutboxHarness.Create(Api, OutboxHarness.SmtpTo(smtp));
        var dispatcher = outbox.NewDispatcher();
        await outbox.EnqueueAsync(OutgoingMessage.Email("someone@example.org", "Retry", "Body"));
        var start = Api.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var first = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("pending", 1, null), (first.Status, first.Attempts, first.ClaimedBy));
        Assert.StartsWith("SMTP 451", first.LastError, StringComparison.Ordinal);
        Assert.Equal(start.AddMinutes(1), first.NextAttemptAt, TimeSpan.FromMilliseconds(5));

        // Not due before its time.
        Api.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        Api.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var second = await OutboxRow.SingleAsync(Api);
        Assert.Equal(2, second.Attempts);
        Assert.Equal(start.AddMinutes(1 + 2), second.NextAttemptAt, TimeSpan.FromMilliseconds(5));

        Api.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var sent = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("sent", 3, null), (sent.Status, sent.Attempts, sent.LastError));
        Assert.Equal("Retry", Assert.Single(smtp.Received).Subject);
    }

    [Fact]
    public async Task A_failing_sms_gateway_is_retried_once_it_recovers()
    {
        using var gateway = WireMockServer.Start();
        gateway.Given(Request.Create().WithPath("/sms").UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        await using var outbox = OutboxHarness.Create(Api, SmsTo(gateway));
        var dispatcher = outbox.NewDispatcher();
        await outbox.EnqueueAsync(OutgoingMessage.Sms("+41783338763", "Hello"));

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var failed = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("pending", 1, "SMS gateway HTTP 503"), (failed.Status, failed.Attempts, failed.LastError));

        gateway.ResetMappings();
        gateway.Given(Request.Create().WithPath("/sms").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));

        Assert.Equal(("sent", 2), ((await OutboxRow.SingleAsync(Api)).Status, (await OutboxRow.SingleAsync(Api)).Attempts));
        Assert.Equal(2, gateway.LogEntries.Count);
    }

    [Fact]
    public async Task A_message_is_dead_after_the_maximum_number_of_attempts()
    {
        using var refusing = new RefusingPort();
        await using var outbox = OutboxHarness.Create(Api, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = refusing.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Username"] = "relay-user",
            ["Smtp:Password"] = "relay-secret",
            ["Outbox:MaxAttempts"] = "3",
        });
        var dispatcher = outbox.NewDispatcher();
        await outbox.EnqueueAsync(OutgoingMessage.Email("someone@example.org", "Never", "Body"));

        foreach (var wait in new[] { 0, 1, 2 })
        {
            Api.Clock.Advance(TimeSpan.FromMinutes(wait));
            Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        }

        var dead = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("dead", 3, null), (dead.Status, dead.Attempts, dead.ClaimedBy));
        Assert.Equal("SMTP connection failed: ConnectionRefused", dead.LastError);
        Assert.DoesNotContain("relay-secret", dead.LastError, StringComparison.Ordinal);

        Api.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_message_the_provider_refuses_for_good_is_dead_at_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        smtp.RefusalCode = SmtpReplyCode.MailboxUnavailable;
        smtp.RefuseNext(1);
        using var gateway = WireMockServer.Start();
        gateway.Given(Request.Create().WithPath("/sms").UsingPost()).RespondWith(Response.Create().WithStatusCode(400));
        var settings = OutboxHarness.SmtpTo(smtp);
        foreach (var (key, value) in SmsTo(gateway))
        {
            settings[key] = value;
        }

        await using var outbox = OutboxHarness.Create(Api, settings);
        await outbox.EnqueueAsync(OutgoingMessage.Email("nobody@example.org", "Bounce", "Body"), OutgoingMessage.Sms("+00", "Hello"));

        Assert.Equal(2, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

        var rows = await OutboxRow.AllAsync(Api);
        Assert.All(rows, row => Assert.Equal(("dead", 1), (row.Status, row.Attempts)));
        Assert.StartsWith("SMTP 550", rows[0].LastError, StringComparison.Ordinal);
        Assert.Equal("SMS gateway HTTP 400", rows[1].LastError);
    }

    [Fact]
    public async Task In_folder_mode_every_message_becomes_a_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msp-outbox-{Guid.NewGuid():N}");
        try
        {
            await using var outbox = OutboxHarness.Create(Api, new Dictionary<string, string?> { ["Messaging:Mode"] = "Folder", ["Messaging:Folder"] = folder });
            await outbox.EnqueueAsync(OutgoingMessage.Email("someone@example.org", "Folder", "Mail body"), OutgoingMessage.Sms("+41783338763", "Text body"));

            Assert.Equal(2, await outbox.NewDispatcher().DispatchBatchAsync(CancellationToken.None));

            var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal([".eml", ".json"], files.Select(Path.GetExtension));
            var mail = await MimeKit.MimeMessage.LoadAsync(files[0]);
            Assert.Equal(("someone@example.org", "Folder"), (Assert.Single(mail.To.Mailboxes).Address, mail.Subject));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"to":"+41783338763","text":"Text body"}"""), JsonNode.Parse(await File.ReadAllTextAsync(files[1]))));
            Assert.All(await OutboxRow.AllAsync(Api), row => Assert.Equal("sent", row.Status));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Two_dispatchers_working_at_once_send_every_message_exactly_once()
    {
        var sender = new RecordingSender();
        await using var outbox = OutboxHarness.Create(
            Api,
            new Dictionary<string, string?> { ["Outbox:BatchSize"] = "7" },
            services => services.AddScoped<IMessageSender>(_ => sender));
        await outbox.EnqueueAsync(Enumerable.Range(1, 30).Select(i => OutgoingMessage.Email($"r{i}@example.org", $"m{i}", "b")).ToArray());
        var first = outbox.NewDispatcher();
        var second = outbox.NewDispatcher();
        Assert.NotEqual(first.InstanceId, second.InstanceId);

        var claimed = 0;
        while (true)
        {
            var round = await Task.WhenAll(first.DispatchBatchAsync(CancellationToken.None), second.DispatchBatchAsync(CancellationToken.None));
            if (round.Sum() == 0)
            {
                break;
            }

            claimed += round.Sum();
        }

        Assert.Equal(30, claimed);
        Assert.Equal(30, sender.Delivered.Count);
        Assert.Equal(30, sender.Delivered.Distinct().Count());
        Assert.All(await OutboxRow.AllAsync(Api), row => Assert.Equal("sent", row.Status));
    }

    private static Dictionary<string, string?> SmsTo(WireMockServer gateway) => new()
    {
        ["Sms:GatewayUrl"] = gateway.Url + "/sms",
        ["Sms:ApiKey"] = ApiKey,
    };

    private sealed class RecordingSender : IMessageSender
    {
        public ConcurrentQueue<long> Delivered { get; } = new();

        public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Delivered.Enqueue(message.Id);
            return Task.CompletedTask;
        }
    }
}

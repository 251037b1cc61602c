using System.Net;
using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>Spec 6.8 <c>POST /email/send</c>: the documented bodies, who may write to whom, and the outbox row it leaves.</summary>
public sealed class EmailSendTests(MspApiFactory api) : ApiTest(api)
{
    private const string Ok = """{"status":"ok"}""";
    private const string InvalidEmail = "\"Invalid email\"";
    private const string Unauthorized = """{"error":"unauthorized_client"}""";

    [Fact]
    public async Task Queues_the_email_in_the_outbox_and_answers_ok()
    {
        var (token, _) = await TokensOf("admin");

        using var response = await SendAsync(token, "someone@example.org", "Hello", "Line one\nLine two");

        await AssertBody(response, HttpStatusCode.OK, Ok);
        var row = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("email", "someone@example.org", "Hello", "Line one\nLine two", "pending", 0), (row.Channel, row.Recipient, row.Subject, row.Body, row.Status, row.Attempts));
        Assert.Null(row.SentAt);
    }

    [Theory]
    [InlineData("demo.vzug", "demo.vzug@streamnow.ch", true)] // E: itself
    [InlineData("demo.vzug", "antonio@example.ch", true)] // E: another user of its BP
    [InlineData("demo.vzug", "ANTONIO@Example.CH", true)] // addresses compare case-insensitively
    [InlineData("demo.vzug", "admin@vzug.example", true)] // E: its BP's partner admin
    [InlineData("demo.vzug", "vzug@streamnow.ch", true)] // E: its BP's contact address
    [InlineData("demo.vzug", "jorge.sanchez@casacom.ch", false)] // E: a user of another BP
    [InlineData("demo.vzug", "lindaufiber@streamnow.ch", false)] // E: another BP's contact address
    [InlineData("demo.vzug", "admin@msp.example", false)] // E: an account of no BP
    [InlineData("demo.vzug", "stranger@example.org", false)] // E: outside the platform
    [InlineData("jorge", "admin@lindau.example", true)]
    [InlineData("jorge", "demo.vzug@streamnow.ch", false)]
    [InlineData("vzug.admin", "jorge.sanchez@casacom.ch", true)] // P, S, A: any address
    [InlineData("docman", "stranger@example.org", true)]
    [InlineData("admin", "stranger@example.org", true)]
    public async Task An_end_user_writes_only_to_its_own_BPs_addresses(string login, string recipient, bool allowed)
    {
        var (token, _) = await TokensOf(login);

        using var response = await SendAsync(token, recipient, "Subject", "Message");

        if (allowed)
        {
            await AssertBody(response, HttpStatusCode.OK, Ok);
            Assert.Equal(recipient, (await OutboxRow.SingleAsync(Api)).Recipient);
        }
        else
        {
            await AssertBody(response, HttpStatusCode.Forbidden, InvalidEmail);
            Assert.Empty(await OutboxRow.AllAsync(Api));
        }
    }

    [Fact]
    public async Task A_malformed_address_or_a_missing_parameter_gets_Invalid_email_and_queues_nothing()
    {
        var (token, _) = await TokensOf("admin");
        var cases = new (string Name, string Value)[][]
        {
            [("Email", "not-an-email"), ("Subject", "s"), ("Message", "m")],
            [("Email", "two words@example.org"), ("Subject", "s"), ("Message", "m")],
            [("Email", "Someone <someone@example.org>"), ("Subject", "s"), ("Message", "m")],
            [("Email", "someone@example.org,other@example.org"), ("Subject", "s"), ("Message", "m")],
            [("Subject", "s"), ("Message", "m")],
            [("Email", "someone@example.org"), ("Message", "m")],
            [("Email", "someone@example.org"), ("Subject", "s")],
            [("Email", ""), ("Subject", "s"), ("Message", "m")],
            [("Email", "someone@example.org"), ("Subject", "two\r\nlines"), ("Message", "m")],
            [("Email", "someone@example.org"), ("Subject", new string('s', 256)), ("Message", "m")],
        };
        foreach (var fields in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/email/send") { Content = Form(fields) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await Client.SendAsync(request);
            await AssertBody(response, HttpStatusCode.Forbidden, InvalidEmail);
        }

        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task No_token_or_a_dead_token_gets_the_unauthorized_body()
    {
        using var none = await Client.PostAsync("/email/send", Form(("Email", "someone@example.org"), ("Subject", "s"), ("Message", "m")));
        await AssertBody(none, HttpStatusCode.BadRequest, Unauthorized);

        using var unknown = await SendAsync(new string('x', 40), "someone@example.org", "s", "m");
        await AssertBody(unknown, HttpStatusCode.BadRequest, Unauthorized);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task Parameters_may_come_as_JSON_or_in_the_query_string()
    {
        var (token, _) = await TokensOf("admin");

        using var json = await Client.PostAsync($"/email/send?access_token={token}", Json(new { email = "a@example.org", subject = "s", message = "m" }));
        await AssertBody(json, HttpStatusCode.OK, Ok);
        using var query = await Client.GetAsync($"/email/send?access_token={token}&Email=b@example.org&Subject=s&Message=m");
        await AssertBody(query, HttpStatusCode.OK, Ok);

        Assert.Equal(["a@example.org", "b@example.org"], (await OutboxRow.AllAsync(Api)).Select(r => r.Recipient));
    }

    /// <summary>ADR 15: 100 emails an hour per account (appsettings), then the documented 403, and nothing queued.</summary>
    [Fact]
    public async Task Past_its_hourly_quota_an_account_gets_the_documented_403_and_queues_nothing()
    {
        var token = await TokenOf("lindau.admin");
        for (var i = 0; i < 99; i++)
        {
            await QueueEarlierEmailAsync(senderId: 921, minutesAgo: 30);
        }

        await QueueEarlierEmailAsync(senderId: 921, minutesAgo: 61);
        await AssertBody(await SendAsync(token, "jorge.sanchez@casacom.ch", "Hundredth", "within the quota"), HttpStatusCode.OK, Ok);

        await AssertBody(await SendAsync(token, "jorge.sanchez@casacom.ch", "Hundred and first", "over it"), HttpStatusCode.Forbidden, InvalidEmail);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM outbox WHERE subject = 'Hundred and first'"));

        // The quota is the account's: another sender still sends, and the hour passes.
        await AssertBody(await SendAsync(await TokenOf("vzug.admin"), "antonio@example.ch", "Other sender", "fine"), HttpStatusCode.OK, Ok);
        Api.Clock.Advance(TimeSpan.FromMinutes(31));
        await AssertBody(await SendAsync(token, "jorge.sanchez@casacom.ch", "Next hour", "fine again"), HttpStatusCode.OK, Ok);
    }

    private async Task QueueEarlierEmailAsync(long senderId, int minutesAgo)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at, sender_id)
            VALUES ('email', 'someone@example.org', 'Earlier', 'text', 'sent', 1, @At, @At, @Sender)
            """;
        var at = command.CreateParameter();
        at.ParameterName = "@At";
        at.Value = Api.Clock.GetUtcNow().UtcDateTime.AddMinutes(-minutesAgo);
        command.Parameters.Add(at);
        var sender = command.CreateParameter();
        sender.ParameterName = "@Sender";
        sender.Value = senderId;
        command.Parameters.Add(sender);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> SendAsync(string token, string email, string subject, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/email/send")
        {
            Content = Form(("Email", email), ("Subject", subject), ("Message", message)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }
}

using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// Issue 29, migration 0036: the quotas first sum the sender's and the recipient's minute counts, which the outbox's
/// triggers keep for every message whichever operation queued it; only a sum over the quota is checked against the
/// outbox itself, which decides and gives the oldest message for Retry-After.
/// </summary>
public sealed class MessageMinuteCountsTests(MspApiFactory api) : ApiTest(api)
{
    private const string Prepared = """{"status":"ok","msg":"1 sms prepared"}""";
    private const string TooManyRequests = """{"error":"Too many requests. Please try again later."}""";

    [Fact]
    public async Task Every_queued_message_is_counted_in_its_minute_whichever_operation_queued_it()
    {
        var lindau = await TokenOf("lindau.admin");
        await RegisteredDevices.AddAsync(Api, 955, 2);

        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={lindau}&User_ID=955&Text=Hello"), HttpStatusCode.OK, Prepared);
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={lindau}&User_ID=955&Text=Again"), HttpStatusCode.OK, Prepared);
        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={lindau}&User_id=955&Text=Hello"), HttpStatusCode.OK, "[]");
        using (var email = await Client.PostAsync($"/email/send?access_token={lindau}", Form(("Email", "jorge.sanchez@casacom.ch"), ("Subject", "Hi"), ("Message", "Hello"))))
        {
            Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        }

        using (var reset = await Client.PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch"))))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }

        await using var connection = await Api.OpenAsync();
        var minute = Api.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [(921L, "email", minute, 1L), (921L, "push", minute, 2L), (921L, "sms", minute, 2L)],
            (await connection.QueryAsync<(long, string, string, long)>("SELECT sender_id, channel, minute_start, messages FROM outbox_sender_minutes ORDER BY channel")).ToArray());

        // The reset request has no sender, but its recipient's count holds it; push tokens are no one's address.
        Assert.Equal(
            [("+41783338763", "sms", minute, 2L), ("jorge.sanchez@casacom.ch", "email", minute, 2L)],
            (await connection.QueryAsync<(string, string, string, long)>("SELECT recipient, channel, minute_start, messages FROM outbox_recipient_minutes ORDER BY recipient")).ToArray());
    }

    [Fact]
    public async Task A_request_refused_past_the_quota_leaves_the_counts_as_they_were()
    {
        await EarlierMessages.QueueAsync(Api, "sms", "+41790000001", senderId: 921, ago: TimeSpan.FromMinutes(20), count: 100);

        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={await TokenOf("lindau.admin")}&User_ID=955&Text=Over"), HttpStatusCode.TooManyRequests, TooManyRequests);

        Assert.Equal(100L, await ScalarAsync("SELECT SUM(messages) FROM outbox_sender_minutes WHERE sender_id = 921"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM outbox_recipient_minutes WHERE recipient = '+41783338763'"));
    }

    [Fact]
    public async Task Counts_over_the_quota_are_checked_against_the_outbox_which_decides()
    {
        // A hundred SMS of the hour, counted, then gone from the outbox (as a dropped reset request goes): the counts
        // still say a hundred, the outbox none.
        await EarlierMessages.QueueAsync(Api, "sms", "+41790000001", senderId: 921, ago: TimeSpan.FromMinutes(20), count: 100);
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM outbox WHERE sender_id = 921");
        }

        var lindau = await TokenOf("lindau.admin");
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={lindau}&User_ID=955&Text=Allowed"), HttpStatusCode.OK, Prepared);

        // With the outbox over the quota as well, the oldest message still there sets Retry-After.
        await EarlierMessages.QueueAsync(Api, "sms", "+41790000002", senderId: 921, ago: TimeSpan.FromMinutes(45), count: 99);
        using var refused = await Client.GetAsync($"/sendSMS?access_token={lindau}&User_ID=955&Text=Refused");
        await AssertBody(refused, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, (15 * 60) - 1, (15 * 60) + 1);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(sql) ?? 0;
    }
}

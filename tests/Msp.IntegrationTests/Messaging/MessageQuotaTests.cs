using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Messaging;

/// <summary>
/// Issue 23 §2 and §3: every message a caller's request queues is recorded with that caller and counts toward its
/// hourly quota per channel, and an SMS toward its recipient's too (appsettings: SMS 100 a sender and 5 a number,
/// push 10,000 deliveries a sender); past a quota the 429 with its Retry-After, and nothing of the request stays.
/// </summary>
public sealed class MessageQuotaTests(MspApiFactory api) : ApiTest(api)
{
    private const string Prepared = """{"status":"ok","msg":"1 sms prepared"}""";
    private const string EmptyMobil = """{"status":"error","msg":"empty mobil user"}""";
    private const string TooManyRequests = """{"error":"Too many requests. Please try again later."}""";

    [Fact]
    public async Task An_sms_is_recorded_with_its_sender()
    {
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={await TokenOf("lindau.admin")}&User_ID=955&Text=Hello"), HttpStatusCode.OK, Prepared);

        var sms = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("sms", "+41783338763", 921L), (sms.Channel, sms.Recipient, sms.SenderId));
    }

    [Fact]
    public async Task A_partner_pumping_sms_gets_the_429_past_its_hourly_quota_and_queues_nothing_more()
    {
        // Spread over many numbers, as pumping is: the sender's quota, not a recipient's, stops it.
        await EarlierMessages.QueueAsync(Api, "sms", "+41790000001", senderId: 921, ago: TimeSpan.FromMinutes(50), count: 1);
        for (var i = 2; i <= 99; i++)
        {
            await EarlierMessages.QueueAsync(Api, "sms", $"+417900000{i:00}", senderId: 921, ago: TimeSpan.FromMinutes(10));
        }

        var token = await TokenOf("lindau.admin");
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text=Hundredth"), HttpStatusCode.OK, Prepared);

        using var refused = await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text=Hundred+and+first");
        await AssertBody(refused, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, (10 * 60) - 1, (10 * 60) + 1);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM outbox WHERE body = 'Hundred and first'"));

        // Another sender still texts; the oldest message leaves the hour, and the sender may send one more.
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={await TokenOf("docman")}&User_ID=955&Text=Other"), HttpStatusCode.OK, Prepared);
        Api.Clock.Advance(TimeSpan.FromMinutes(11));
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={token}&User_ID=955&Text=Next"), HttpStatusCode.OK, Prepared);
    }

    [Fact]
    public async Task One_number_gets_at_most_five_sms_an_hour_from_all_senders_together()
    {
        var lindau = await TokenOf("lindau.admin");
        var docman = await TokenOf("docman");
        for (var i = 0; i < 5; i++)
        {
            await AssertBody(await Client.GetAsync($"/sendSMS?access_token={(i % 2 == 0 ? lindau : docman)}&User_ID=955&Text=Hello+{i}"), HttpStatusCode.OK, Prepared);
        }

        using var refused = await Client.GetAsync($"/sendSMS?access_token={await TokenOf("admin")}&User_ID=955&Text=Sixth");
        await AssertBody(refused, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 3599, 3601);
        Assert.Equal(5, (await OutboxRow.AllAsync(Api)).Count);

        // Another number is another recipient.
        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={await TokenOf("vzug.admin")}&User_ID=1154&Text=Hello"), HttpStatusCode.OK, Prepared);
    }

    [Theory]
    [InlineData("+8819999999999")]
    [InlineData("+979 1234 5678")]
    [InlineData("079 123 45 67")]
    [InlineData("not a number")]
    public async Task A_stored_mobile_number_no_sms_may_go_to_is_an_empty_mobil_user(string stored)
    {
        await ExecuteAsync("UPDATE accounts SET mobil = @Mobil WHERE id = 955", new { Mobil = stored });

        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={await TokenOf("docman")}&User_ID=955&Text=Hello"), HttpStatusCode.OK, EmptyMobil);

        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task A_stored_number_with_separators_is_texted_in_E164()
    {
        await ExecuteAsync("UPDATE accounts SET mobil = '+41 78 333 87 63' WHERE id = 955", null);

        await AssertBody(await Client.GetAsync($"/sendSMS?access_token={await TokenOf("docman")}&User_ID=955&Text=Hello"), HttpStatusCode.OK, Prepared);

        Assert.Equal("+41783338763", (await OutboxRow.SingleAsync(Api)).Recipient);
    }

    [Fact]
    public async Task A_push_counts_each_delivery_toward_the_senders_quota()
    {
        await EarlierMessages.QueueAsync(Api, "push", "fcm-token", senderId: 920, ago: TimeSpan.FromMinutes(5), count: 9_999);
        await RegisteredDevices.AddAsync(Api, 1154, 2);
        var token = await TokenOf("vzug.admin");

        using var refused = await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=1154&Text=Hello");

        await AssertBody(refused, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, (55 * 60) - 1, (55 * 60) + 1);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM outbox WHERE body = 'Hello'"));

        await ExecuteAsync("DELETE FROM device_push_tokens WHERE app_id = 'app2'", null);
        await AssertBody(await Client.GetAsync($"/sendPushNotification?access_token={token}&User_id=1154&Text=Hello"), HttpStatusCode.OK, "[]");
        var push = Assert.Single(await OutboxRow.AllAsync(Api), r => r.Body == "Hello");
        Assert.Equal(920L, push.SenderId);
    }

    [Fact]
    public async Task A_group_push_is_refused_whole_past_the_quota()
    {
        await EarlierMessages.QueueAsync(Api, "push", "fcm-token", senderId: 921, ago: TimeSpan.FromMinutes(5), count: 9_999);
        await RegisteredDevices.AddAsync(Api, 955, 2);

        using var refused = await Client.GetAsync($"/sendPushGroup?access_token={await TokenOf("lindau.admin")}&groupID=1&Text=Hello");

        await AssertBody(refused, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM outbox WHERE body = 'Hello'"));
    }

    private async Task ExecuteAsync(string sql, object? parameters)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

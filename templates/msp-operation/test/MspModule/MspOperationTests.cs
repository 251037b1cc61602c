using System.Net;
using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;
#if (kind == "message")
using Msp.IntegrationTests.Messaging.Support;
#endif

#if (kind == "upstream")
namespace Msp.IntegrationTests.Upstreams.MspModule;
#else
namespace Msp.IntegrationTests.MspModule;
#endif

/// <summary>
/// MSP_METHOD /mspPath. Next: the happy path, one test per documented failure body (docs/contract.md §4), and the tenant
/// scope where the operation touches another user's or partner's data.
/// </summary>
public sealed class MspOperationTests(MspApiFactory api) : ApiTest(api)
{
    /// <summary>The module's unauthorized body; if the spec documents another for this operation, both change.</summary>
    private const string Unauthorized = """{"error":"unauthorized_client"}""";

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod("MSP_METHOD"), "/mspPath");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.BadRequest, Unauthorized);
    }
#if (kind == "message")

    /// <summary>What the operation queues counts toward its sender's quota without a line of its own (ADR 15).</summary>
    [Fact]
    public async Task Past_the_senders_hourly_email_quota_the_answer_is_the_429_and_nothing_is_queued()
    {
        await EarlierMessages.QueueAsync(Api, "email", "someone@example.org", senderId: 1, ago: TimeSpan.FromMinutes(10), count: 100);
        using var request = new HttpRequestMessage(new HttpMethod("MSP_METHOD"), "/mspPath?Email=resident%40example.org&Text=Hello");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenOf("admin"));

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.TooManyRequests, """{"error":"Too many requests. Please try again later."}""");
        Assert.Equal(100, (await OutboxRow.AllAsync(Api)).Count);
    }
#endif
}

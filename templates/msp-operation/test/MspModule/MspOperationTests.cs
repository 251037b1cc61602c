using System.Net;
using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;

#if (kind == "upstream")
namespace Msp.IntegrationTests.Upstreams.MspModule;
#else
namespace Msp.IntegrationTests.MspModule;
#endif

/// <summary>
/// MSP_METHOD /mspPath. Next: the happy path, one test per documented failure body (CONTRACT.md §4), and the tenant
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
}

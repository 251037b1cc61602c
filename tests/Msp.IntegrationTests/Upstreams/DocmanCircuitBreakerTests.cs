using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// Each Docman service has its own breaker (<c>Upstreams:Docman</c>, <c>Upstreams:SwDocman</c>, at the BaseUrl
/// overrides): once open, a JSON and a binary route answer the documented 500 at once without calling Docman.
/// </summary>
[Collection(BreakerCollection.Name)]
[Trait(Timing.Trait, Timing.Sensitive)]
public sealed class DocmanCircuitBreakerTests : ApiTest
{
    private readonly WireMockServer _upstream;
    private readonly ITestOutputHelper _output;

    public DocmanCircuitBreakerTests(BreakerHost host, ITestOutputHelper output)
        : base(host.Api)
    {
        _upstream = host.Upstream;
        _upstream.Reset();
        _output = output;
    }

    [Theory]
    [InlineData("", "/docman/")]
    [InlineData("/sw", "/swdocman/")]
    public async Task An_open_circuit_answers_the_documented_500_at_once_without_calling_Docman(string prefix, string basePath)
    {
        var token = await TokenOf("jorge");
        _upstream.Given(Request.Create().WithPath(basePath + "*").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));

        await AssertBody(await SendAsync(prefix + "/getContact", token), HttpStatusCode.InternalServerError, DocmanWire.SomethingWentWrong);
        var reached = await UpstreamProbe.SettledLogCountAsync(_upstream);
        Assert.InRange(reached, 1, 2);

        foreach (var route in new[] { "/getContact", "/getImage?Item_id=1" })
        {
            var stopwatch = Stopwatch.StartNew();
            await AssertBody(await SendAsync(prefix + route, token), HttpStatusCode.InternalServerError, DocmanWire.SomethingWentWrong);
            _output.WriteLine($"{prefix}{route}: open circuit answered in {stopwatch.Elapsed.TotalMilliseconds:0} ms");
            Assert.True(stopwatch.Elapsed < UpstreamHost.AttemptTimeout, $"An open circuit answered after {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        }

        Assert.Equal(reached, _upstream.LogEntries.Count);
    }


    private async Task<HttpResponseMessage> SendAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }
}

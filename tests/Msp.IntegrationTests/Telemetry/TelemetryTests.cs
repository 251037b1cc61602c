using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Msp.IntegrationTests.Infrastructure;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Msp.IntegrationTests.Telemetry;

/// <summary>
/// OpenTelemetry as an operator switches it on: an OTLP endpoint in the configuration, here a WireMock server
/// standing in for the collector (OTLP over HTTP/protobuf). Without the setting nothing is collected.
/// </summary>
public sealed class TelemetryTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public void Without_an_OTLP_endpoint_nothing_is_collected()
    {
        Assert.Null(Api.Services.GetService<TracerProvider>());
        Assert.Null(Api.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_traces_and_metrics_of_a_request_reach_the_collector()
    {
        using var collector = WireMockServer.Start();
        collector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        var observed = new MspApiFactory()
            .With("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Url)
            .With("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        await ((IAsyncLifetime)observed).InitializeAsync();
        try
        {
            await AssertCollectedAsync(observed, collector);
        }
        finally
        {
            await ((IAsyncLifetime)observed).DisposeAsync();
        }
    }

    private static async Task AssertCollectedAsync(MspApiFactory observed, WireMockServer collector)
    {
        var token = (await observed.IssueTokensAsync("jorge")).Tokens.AccessToken;
        using var client = observed.CreateClient();

        using var answer = await client.GetAsync($"/getUserInfo?access_token={token}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var traces = await CollectedAsync(observed, collector, "/getUserInfo");
        Assert.Contains("/getUserInfo", traces, StringComparison.Ordinal);
        Assert.Contains("db.query", traces, StringComparison.Ordinal);
        Assert.Contains("msp-api", traces, StringComparison.Ordinal);
        Assert.Contains("http.server.request.duration", Posted(collector, "/v1/metrics"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The server span ends when the hosting layer finishes the request, which can be just after the client has
    /// read the answer; so flush until the request's span has been exported (or ten seconds have passed).
    /// </summary>
    private static async Task<string> CollectedAsync(MspApiFactory observed, WireMockServer collector, string route)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string traces;
        do
        {
            Assert.True(observed.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            Assert.True(observed.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
            traces = Posted(collector, "/v1/traces");
            if (traces.Contains(route, StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        return traces;
    }

    /// <summary>What the exporter posted to one signal's path, as text (protobuf keeps strings as UTF-8).</summary>
    private static string Posted(WireMockServer collector, string path) => string.Concat(collector.LogEntries
        .Where(entry => entry.RequestMessage.Path == path)
        .Select(entry => Encoding.UTF8.GetString(entry.RequestMessage.BodyAsBytes ?? [])));
}

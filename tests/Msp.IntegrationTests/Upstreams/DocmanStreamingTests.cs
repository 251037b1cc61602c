using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// A Docman document relayed as it arrives, never held whole: a 50 MB PDF from a local Kestrel stub goes through the
/// API while the process allocates a small fraction of it, and a client that hangs up mid-body ends the upstream
/// request. It runs alone (its collection disables parallelisation), since allocation counters are per process.
/// </summary>
[Collection(DocmanStreamingCollection.Name)]
public sealed class DocmanStreamingTests(DocmanStreamingHost host, ITestOutputHelper output) : ApiTest(host.Api)
{
    private const long LargeDocument = 50L * 1024 * 1024;

    /// <summary>What the relay may allocate for a 50 MB body: the bound on heap growth.</summary>
    private const long AllocationBound = 5L * 1024 * 1024;

    [Fact]
    public async Task A_50_MB_document_is_relayed_with_its_type_and_length_without_being_buffered()
    {
        var token = await JorgeAtStubAsync();
        using var warmUp = await SendAsync("/getDocInfo?Doc_id=3", token);
        Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        await (await warmUp.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await SendAsync("/getDocInfo?Doc_id=1", token);
        var buffer = new byte[81920];
        long received = 0;
        var first = new byte[5];
        await using (var body = await response.Content.ReadAsStreamAsync())
        {
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                if (received < first.Length)
                {
                    Array.Copy(buffer, 0, first, received, Math.Min(read, first.Length - (int)received));
                }

                received += read;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: false) - heapBefore;
        output.WriteLine(
            $"Relayed {received:N0} bytes: {allocated:N0} bytes allocated in the process ({100.0 * allocated / received:0.00}% of the body), " +
            $"managed heap {heapGrowth:N0} bytes larger than before (no collection forced)");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LargeDocument, response.Content.Headers.ContentLength);
        Assert.Equal(LargeDocument, received);
        Assert.Equal("%PDF-"u8.ToArray(), first);
        Assert.True(allocated < AllocationBound, $"Relaying {received:N0} bytes allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task A_client_hanging_up_mid_document_ends_the_upstream_request()
    {
        var token = await JorgeAtStubAsync();
        var aborted = host.NextEndlessAbort();

        using (var response = await SendAsync("/getDocInfo?Doc_id=2", token))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[65536];
            Assert.True(await body.ReadAsync(buffer) > 0);
            Assert.False(aborted.IsCompleted, "The upstream request ended before the client hung up");
        }

        // Generous for a loaded machine: the stub would otherwise write forever.
        var ended = await Task.WhenAny(aborted, Task.Delay(TimeSpan.FromSeconds(15)));
        Assert.True(ended == aborted, "The upstream request went on after the client had hung up");
        output.WriteLine($"Upstream request ended after {await aborted:N0} bytes had been written");
    }

    [Fact]
    public async Task A_document_that_stalls_mid_body_is_cut_off_and_its_upstream_request_ended()
    {
        var token = await JorgeAtStubAsync();
        var aborted = host.NextEndlessAbort();

        using var response = await SendAsync("/getDocInfo?Doc_id=4", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LargeDocument, response.Content.Headers.ContentLength);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long received = 0;
        var cut = await Record.ExceptionAsync(async () =>
        {
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received += read;
            }
        });

        output.WriteLine($"Cut off after {received:N0} bytes and {started.Elapsed.TotalSeconds:0.0} s (idle timeout {DocmanStreamingHost.IdleTimeout})");
        Assert.True(cut is IOException or HttpRequestException, $"The stalled body ended without an error: {cut}");
        Assert.True(received < LargeDocument);
        var ended = await Task.WhenAny(aborted, Task.Delay(TimeSpan.FromSeconds(15)));
        Assert.True(ended == aborted, "The upstream request went on after the relay was cut");
    }

    private async Task<string> JorgeAtStubAsync()
    {
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE services SET api_url = @Url WHERE id = 3", new { Url = host.StubUrl + "docman/" });
        }

        return await TokenOf("jorge");
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}

/// <summary>
/// The API in Http mode, and a Kestrel stub standing in for Docman: <c>doc_id=1</c> is a 50 MB PDF written from one
/// reused buffer (so the stub allocates next to nothing itself), <c>doc_id=2</c> a PDF that never ends and reports
/// when its request is aborted, <c>doc_id=4</c> a 50 MB PDF that stops after its first chunk until aborted, any other
/// a small PDF.
/// </summary>
public sealed class DocmanStreamingHost : IAsyncLifetime
{
    /// <summary>The relay's idle timeout here: the attempt timeout, short so that the stalled body's test is quick.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    private static readonly byte[] Chunk = CreateChunk();

    private readonly WebApplication _stub;
    private TaskCompletionSource<long> _endlessAborted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DocmanStreamingHost()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _stub = builder.Build();
        _stub.MapGet("/docman/getDocInfo", ServeAsync);
        Api = new MspApiFactory().With("Upstreams:Mode", "Http").With("Upstreams:Docman:AttemptTimeout", IdleTimeout.ToString());
    }

    public MspApiFactory Api { get; }

    public string StubUrl { get; private set; } = "";

    /// <summary>Completes, with the bytes written, when the next never-ending document's request is aborted.</summary>
    public Task<long> NextEndlessAbort()
    {
        _endlessAborted = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        return _endlessAborted.Task;
    }

    public async Task InitializeAsync()
    {
        await _stub.StartAsync();
        StubUrl = _stub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
        await ((IAsyncLifetime)Api).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Api).DisposeAsync();
        await _stub.StopAsync();
        await _stub.DisposeAsync();
    }

    private static byte[] CreateChunk()
    {
        var chunk = new byte[64 * 1024];
        "%PDF-1.4\n"u8.CopyTo(chunk);
        return chunk;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "application/pdf";
        switch (context.Request.Query["doc_id"].ToString())
        {
            case "1":
                response.ContentLength = 50L * 1024 * 1024;
                for (var i = 0; i < 50 * 16; i++)
                {
                    await response.Body.WriteAsync(Chunk, context.RequestAborted);
                }

                break;
            case "2":
                await WriteUntilAbortedAsync(context);
                break;
            case "4":
                await StallAfterFirstChunkAsync(context);
                break;
            default:
                response.ContentLength = Chunk.Length;
                await response.Body.WriteAsync(Chunk, context.RequestAborted);
                break;
        }
    }

    private async Task StallAfterFirstChunkAsync(HttpContext context)
    {
        context.Response.ContentLength = 50L * 1024 * 1024;
        await context.Response.Body.WriteAsync(Chunk, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The relay gave up on the stalled body: that is what the test waits for.
        }

        _endlessAborted.TrySetResult(Chunk.Length);
    }

    private async Task WriteUntilAbortedAsync(HttpContext context)
    {
        long written = 0;
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(Chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                written += Chunk.Length;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The relay hung up: that is what the test waits for.
        }

        _endlessAborted.TrySetResult(written);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocmanStreamingCollection : ICollectionFixture<DocmanStreamingHost>
{
    public const string Name = "Docman streaming";
}

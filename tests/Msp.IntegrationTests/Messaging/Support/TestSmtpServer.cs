using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Msp.IntegrationTests.Messaging.Support;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port, in the test process. It keeps every message
/// it accepts, parsed with MimeKit, and can be told to refuse the next transactions, transiently (451) or for good (550).
/// A port found free may be taken by another collection before the server binds it: then the server, which greets
/// with a name of its own, finds another greeting or a failed bind, and starts again on another port.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private const int Attempts = 5;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly string _name = $"msp-test-{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<ISessionContext, bool> _sessions = new();
    private int _refuseNext;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName(_name)
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>How many SMTP sessions (connections) offered at least one message, taken or refused.</summary>
    public int Sessions => _sessions.Count;

    /// <summary>The reply for refused transactions: 451 (try again later) unless set to a 5xx.</summary>
    public SmtpReplyCode RefusalCode { get; set; } = SmtpReplyCode.Aborted;

    public static async Task<TestSmtpServer> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = new TestSmtpServer(FreePort());
            if (await server.IsListeningAsync())
            {
                return server;
            }

            await server.DisposeAsync();
            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"The test SMTP server could not bind a port in {Attempts} attempts.");
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Refuses the next <paramref name="count"/> messages with <see cref="RefusalCode"/>.</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>True once this server greets on its port; false when its bind failed or another server answers there.</summary>
    private async Task<bool> IsListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!_running.IsCompleted)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                using var reader = new StreamReader(probe.GetStream());
                var greeting = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
                return greeting?.Contains(_name, StringComparison.Ordinal) == true;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }

        return false;
    }

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            owner._sessions.TryAdd(context, true);
            if (Interlocked.Decrement(ref owner._refuseNext) >= 0)
            {
                return new SmtpResponse(owner.RefusalCode, "Refused by the test");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            owner.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback port bound and not listening, held until disposed: connections to it are refused, and no other test can
/// start listening there meanwhile, as it could on a port found free and then released.
/// </summary>
public sealed class RefusingPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public RefusingPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => _socket.Dispose();
}

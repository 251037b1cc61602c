namespace Msp.Infrastructure.Upstreams.Docman;

/// <summary>
/// An upstream answer's body on its way to the client: reads go straight to the connection, and disposing it
/// disposes the answer, which frees (or, mid-body, aborts) the upstream connection. The resilience pipeline's timeouts
/// end with the headers, so a body that stalls is cut here: a read that gets no byte within <paramref name="idleTimeout"/>
/// fails with a <see cref="TimeoutException"/>.
/// </summary>
internal sealed class RelayedBody(HttpResponseMessage response, Stream body, TimeSpan idleTimeout, Action onStalled) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        try
        {
            return await body.ReadAsync(buffer, idle.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            onStalled();
            throw new TimeoutException($"The upstream sent no byte of the body for {idleTimeout}");
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Dispose();
            response.Dispose();
        }

        base.Dispose(disposing);
    }
}

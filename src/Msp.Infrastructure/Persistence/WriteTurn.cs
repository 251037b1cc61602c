namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The right to write to the database, from a write transaction's start to its end (ADR 14). On SQLite it is the
/// process's single writer slot, handed on in arrival order when disposed; on SQL Server every writer has one at once.
/// Disposing twice releases once.
/// </summary>
public sealed class WriteTurn : IDisposable
{
    private SemaphoreSlim? _writers;

    private WriteTurn(SemaphoreSlim? writers) => _writers = writers;

    /// <summary>A turn that waits for nobody: the database itself orders the writers (SQL Server's row locks).</summary>
    public static WriteTurn Unqueued => new(null);

    /// <summary>Waits in line for the only writer slot of <paramref name="writers"/> (a semaphore of one).</summary>
    public static async ValueTask<WriteTurn> TakeAsync(SemaphoreSlim writers, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await writers.WaitAsync(wait, cancellationToken))
        {
            throw new TimeoutException($"No turn to write within {wait.TotalSeconds:0} s: another writer held the database that long.");
        }

        return new WriteTurn(writers);
    }

    public void Dispose() => Interlocked.Exchange(ref _writers, null)?.Release();
}

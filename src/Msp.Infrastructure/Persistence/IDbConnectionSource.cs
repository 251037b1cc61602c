using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

/// <summary>Where a unit of work gets its open connection, and gives it back when the request ends.</summary>
public interface IDbConnectionSource
{
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    ValueTask ReleaseAsync(DbConnection connection);

    /// <summary>
    /// Waits for this process's turn to write, taken before a write transaction begins and disposed after it ends, so
    /// writers queue in order here instead of colliding on the database's write lock (ADR 14).
    /// </summary>
    ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken);
}

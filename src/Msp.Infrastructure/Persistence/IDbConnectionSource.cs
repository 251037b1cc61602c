using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

/// <summary>Where a unit of work gets its open connection, and gives it back when the request ends.</summary>
public interface IDbConnectionSource
{
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    ValueTask ReleaseAsync(DbConnection connection);
}

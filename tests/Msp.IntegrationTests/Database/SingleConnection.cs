using System.Data.Common;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>A connection source that always lends the one connection it was given, for a DbSession under test.</summary>
internal sealed class SingleConnection(DbConnection connection) : IDbConnectionSource
{
    public ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(connection);

    public ValueTask ReleaseAsync(DbConnection released) => ValueTask.CompletedTask;

    public ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) => ValueTask.FromResult(WriteTurn.Unqueued);
}

using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence;

/// <summary>SqlClient pools connections and SQL Server caches plans itself: a new connection object per request.</summary>
public sealed class SqlServerConnectionSource(IOptions<DatabaseOptions> options) : IDbConnectionSource
{
    private readonly string _connectionString = options.Value.ConnectionString;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public ValueTask ReleaseAsync(DbConnection connection) => connection.DisposeAsync();

    /// <summary>SQL Server locks rows, not the database: writers run side by side and its lock manager orders them.</summary>
    public ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) => ValueTask.FromResult(WriteTurn.Unqueued);
}

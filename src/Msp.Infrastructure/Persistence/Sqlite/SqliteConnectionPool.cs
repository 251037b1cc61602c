using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Open SQLite connections that keep their compiled statements between requests (ADR 11). Microsoft.Data.Sqlite
/// compiles every statement anew for every command, and on the hot reads compiling costs more than running; a
/// connection kept open with its prepared commands skips that. Each connection serves one request at a time.
/// </summary>
public sealed class SqliteConnectionPool(IOptions<DatabaseOptions> options) : IDbConnectionSource, IDisposable
{
    /// <summary>More idle connections than this are closed on release; under load each in-flight request holds one.</summary>
    private const int MaxIdle = 64;

    private readonly string _connectionString = options.Value.ConnectionString;
    private readonly ConcurrentBag<PreparedSqliteConnection> _idle = [];
    private bool _disposed;

    public ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var connection))
        {
            connection = new PreparedSqliteConnection(_connectionString);
            connection.Open();
        }

        return ValueTask.FromResult<DbConnection>(connection);
    }

    public ValueTask ReleaseAsync(DbConnection connection)
    {
        if (!_disposed && connection.State == ConnectionState.Open && _idle.Count < MaxIdle)
        {
            _idle.Add((PreparedSqliteConnection)connection);
        }
        else
        {
            connection.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Open SQLite connections that keep their compiled statements between requests (ADR 11). Microsoft.Data.Sqlite
/// compiles every statement anew for every command, and on the hot reads compiling costs more than running; a
/// connection kept open with its prepared commands skips that. Each connection serves one request at a time.
/// It also keeps the process's one writer slot: SQLite has a single write lock, and a writer that finds it taken
/// sleeps in Microsoft.Data.Sqlite's busy loop (150 ms a try, on a blocked thread), so writers wait for the slot here
/// instead, in arrival order and without a thread (ADR 14).
/// </summary>
public sealed class SqliteConnectionPool(IOptions<DatabaseOptions> options) : IDbConnectionSource, IDisposable
{
    /// <summary>More idle connections than this are closed on release; under load each in-flight request holds one.</summary>
    private const int MaxIdle = 64;

    private readonly string _connectionString = options.Value.ConnectionString;
    private readonly string _synchronous = options.Value.SqliteSynchronous.ToString().ToUpperInvariant();
    private readonly ConcurrentBag<PreparedSqliteConnection> _idle = [];
    private readonly SemaphoreSlim _writers = new(1, 1);

    /// <summary>As long as a statement may wait for the lock (<c>Default Timeout</c>), and at least 30 s.</summary>
    private readonly TimeSpan _writerWait = TimeSpan.FromSeconds(Math.Max(30, new SqliteConnectionStringBuilder(options.Value.ConnectionString).DefaultTimeout));
    private bool _disposed;

    public ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var connection))
        {
            connection = new PreparedSqliteConnection(_connectionString);
            connection.Open();
            // No checkpoint inside a request's commit, where every other writer would wait for its disk flush:
            // SqliteCheckpointer copies the WAL back into the database in the background (ADR 14). A writer that
            // starts the log over trims a file grown past the limit (ADR 35).
            using var settings = connection.CreateCommand();
            settings.CommandText =
                $"PRAGMA synchronous = {_synchronous}; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {SqliteCheckpointer.LogSizeLimitBytes};";
            settings.ExecuteNonQuery();
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

    public ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) =>
        WriteTurn.TakeAsync(_writers, _writerWait, cancellationToken);

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

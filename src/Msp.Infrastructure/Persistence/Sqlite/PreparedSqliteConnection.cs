using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A SQLite connection that keeps one prepared command per statement text. Dapper creates a command per call; the
/// commands this connection hands out are shells that run the cached prepared command for their text.
/// </summary>
public sealed class PreparedSqliteConnection(string connectionString) : DbConnection
{
    /// <summary>Statements are the code's constants, a bounded set; this only guards against a runaway caller.</summary>
    private const int MaxCachedStatements = 512;

    /// <summary>
    /// SQLite's lookaside: per-connection slots that serve its small allocations without malloc. Kept statements hold
    /// their slots for as long as they are kept, and a handful of them fill the default 40 slots of 1,200 bytes; from
    /// then on every cursor and every value a statement's run allocates went to malloc, about 100 calls for one
    /// getUserInfo, where 250 slots leave about 25 (ADR 37). The 300 KB are a connection's, for its life.
    /// </summary>
    private const int LookasideSlotSize = 1200;

    private const int LookasideSlots = 250;

    /// <summary>
    /// Not from Microsoft.Data.Sqlite's own pool: a handle another connection used may still hold lookaside slots, and
    /// SQLite resizes the lookaside only while none is in use. The pool keeps this connection open for its life, so the
    /// driver's pool would save nothing.
    /// </summary>
    private readonly SqliteConnection _inner = new(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    [AllowNull]
    public override string ConnectionString
    {
        get => _inner.ConnectionString;
        set => throw new NotSupportedException("A pooled connection keeps its connection string.");
    }

    public override string Database => _inner.Database;

    public override string DataSource => _inner.DataSource;

    public override string ServerVersion => _inner.ServerVersion;

    public override ConnectionState State => _inner.State;

    public override void ChangeDatabase(string databaseName) => _inner.ChangeDatabase(databaseName);

    public override void Open()
    {
        _inner.Open();
        var result = raw.sqlite3_db_config(Handle, raw.SQLITE_DBCONFIG_LOOKASIDE, IntPtr.Zero, LookasideSlotSize, LookasideSlots);
        SqliteException.ThrowExceptionForRC(result, Handle);
    }

    internal sqlite3 Handle => _inner.Handle ?? throw new InvalidOperationException("The connection is not open.");

    public override void Close() => _inner.Close();

    /// <summary>The prepared command for <paramref name="sql"/>, compiled on first use; null when the cache is full.</summary>
    internal SqliteCommand? PreparedCommand(string sql)
    {
        if (_prepared.TryGetValue(sql, out var command))
        {
            return command;
        }

        if (_prepared.Count >= MaxCachedStatements)
        {
            return null;
        }

        command = _inner.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        _prepared.Add(sql, command);
        return command;
    }

    internal SqliteCommand CreateInnerCommand() => _inner.CreateCommand();

    /// <summary>Always <c>BEGIN IMMEDIATE</c>: the transaction holds the write lock from its start (ADR 5).</summary>
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => _inner.BeginTransaction(deferred: false);

    protected override DbCommand CreateDbCommand() => new PreparedSqliteCommand(this);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in _prepared.Values)
            {
                command.Dispose();
            }

            _prepared.Clear();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

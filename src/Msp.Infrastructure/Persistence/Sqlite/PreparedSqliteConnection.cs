using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A SQLite connection that keeps one prepared command per statement text. Dapper creates a command per call; the
/// commands this connection hands out are shells that run the cached prepared command for their text.
/// </summary>
public sealed class PreparedSqliteConnection(string connectionString) : DbConnection
{
    /// <summary>Statements are the code's constants, a bounded set; this only guards against a runaway caller.</summary>
    private const int MaxCachedStatements = 512;

    private readonly SqliteConnection _inner = new(connectionString);
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

    public override void Open() => _inner.Open();

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

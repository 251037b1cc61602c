using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using Msp.Application.Common.Persistence;
using Msp.Infrastructure.Telemetry;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The request's unit of work: one connection, opened at first use. Inside a command the transaction begins at the
/// first write, so the reads and password hashing before it hold no lock (on SQLite the write lock is the database's).
/// Every statement passes through the dialect, so repositories are written once for both databases.
/// Every write first takes the connection source's write turn (ADR 14): a command holds it from its transaction's
/// start to its end, a write outside a command for its one statement.
/// </summary>
public sealed class DbSession(ISqlDialect dialect, IDbConnectionSource connections) : IUnitOfWork, IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private WriteTurn? _writeTurn;
    private bool _inCommand;
    private List<Func<CancellationToken, Task>>? _afterCompletion;

    private List<Func<CancellationToken, Task>>? _beforeCommit;

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? param, CancellationToken cancellationToken)
    {
        await using var sets = await QueryResultSetsAsync(sql, param, cancellationToken);
        return await sets.ReadAsync<T>();
    }

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? param, CancellationToken cancellationToken)
    {
        await using var sets = await QueryResultSetsAsync(sql, param, cancellationToken);
        return await sets.ReadSingleOrDefaultAsync<T>();
    }

    /// <summary>
    /// Several result sets in one round trip, read in order; the caller disposes them. Rows are mapped by Dapper's row
    /// parsers. The parameters are bound by <see cref="QueryParameters"/> when it can bind them as Dapper would, without
    /// Dapper's per-call cache lookup; otherwise by Dapper.
    /// </summary>
    public async Task<ResultSets> QueryResultSetsAsync(string sql, object? param, CancellationToken cancellationToken)
    {
        using var activity = Trace("db.query", sql);
        var connection = await OpenAsync(cancellationToken);
        if (BoundCommand(connection, sql, param) is not { } command)
        {
            return new ResultSets(await connection.ExecuteReaderAsync(Command(sql, param, cancellationToken)), null, cancellationToken);
        }

        try
        {
            return new ResultSets(await command.ExecuteReaderAsync(cancellationToken), command, cancellationToken);
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    public async Task<int> ExecuteAsync(string sql, object? param, CancellationToken cancellationToken)
    {
        using var activity = Trace("db.execute", sql);
        var (connection, turn) = await OpenForWriteAsync(cancellationToken);
        using (turn)
        {
            return await ExecuteNonQueryAsync(connection, sql, param, cancellationToken);
        }
    }

    /// <summary>
    /// Runs a write that commits at once and stays whatever the command then does (a claimed login attempt counts even
    /// when the login fails). Only before the command's first write: after it the session holds the write turn, and
    /// this statement would wait for it.
    /// </summary>
    public async Task<int> ExecuteAtOnceAsync(string sql, object? param, CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A write that commits at once must come before the command's first write.");
        }

        using var activity = Trace("db.execute", sql);
        var connection = await OpenAsync(cancellationToken);
        using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
        return await ExecuteNonQueryAsync(connection, sql, param, cancellationToken);
    }

    /// <summary>Runs an INSERT whose text ends with <c>SELECT {{last_id}};</c> and answers the new id.</summary>
    public async Task<long> InsertAsync(string sql, object? param, CancellationToken cancellationToken)
    {
        using var activity = Trace("db.execute", sql);
        var (connection, turn) = await OpenForWriteAsync(cancellationToken);
        using (turn)
        {
            return await ExecuteScalarIdAsync(connection, sql, param, cancellationToken);
        }
    }

    public Task BeginAsync(CancellationToken cancellationToken)
    {
        _inCommand = true;
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var pending = _beforeCommit;
        _beforeCommit = null;
        foreach (var work in pending ?? [])
        {
            await work(cancellationToken);
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        await EndCommandAsync(cancellationToken);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        _beforeCommit = null;
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(cancellationToken);
        }

        await EndCommandAsync(cancellationToken);
    }

    public void BeforeCommit(Func<CancellationToken, Task> work) => (_beforeCommit ??= []).Add(work);

    public void AfterCompletion(Func<CancellationToken, Task> work) => (_afterCompletion ??= []).Add(work);

    /// <summary>
    /// Idempotent: the container disposes this instance once as <see cref="DbSession"/> and once more as the
    /// <see cref="IUnitOfWork"/> it also is, and a connection must go back to its source exactly once.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await EndTransactionAsync();

        if (_connection is not null)
        {
            var connection = _connection;
            _connection = null;
            await connections.ReleaseAsync(connection);
        }
    }

    /// <summary>A write, on a <see cref="BoundCommand"/> when there is one.</summary>
    private async Task<int> ExecuteNonQueryAsync(DbConnection connection, string sql, object? param, CancellationToken cancellationToken)
    {
        if (BoundCommand(connection, sql, param) is not { } command)
        {
            return await connection.ExecuteAsync(Command(sql, param, cancellationToken));
        }

        await using (command)
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The new id a <c>SELECT {{last_id}}</c> answers, converted as Dapper's <c>ExecuteScalar&lt;long&gt;</c> does.</summary>
    private async Task<long> ExecuteScalarIdAsync(DbConnection connection, string sql, object? param, CancellationToken cancellationToken)
    {
        if (BoundCommand(connection, sql, param) is not { } command)
        {
            return await connection.ExecuteScalarAsync<long>(Command(sql, param, cancellationToken));
        }

        await using (command)
        {
            return await command.ExecuteScalarAsync(cancellationToken) switch
            {
                null or DBNull => 0,
                var id => Convert.ToInt64(id, CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>
    /// The statement on its own command, in the session's transaction, its parameters bound by
    /// <see cref="QueryParameters"/>; null when only Dapper can bind them (the caller then goes through Dapper).
    /// </summary>
    private DbCommand? BoundCommand(DbConnection connection, string sql, object? param)
    {
        var command = connection.CreateCommand();
        if (!QueryParameters.TryBind(command, param))
        {
            command.Dispose();
            return null;
        }

        command.CommandText = dialect.Render(sql);
        command.Transaction = _transaction;
        return command;
    }

    private Activity? Trace(string operation, string sql) =>
        MspTelemetry.StartDatabaseCall(operation, dialect.Provider == DatabaseProvider.Sqlite ? "sqlite" : "microsoft.sql_server", sql);

    private CommandDefinition Command(string sql, object? param, CancellationToken cancellationToken) =>
        new(dialect.Render(sql), param, _transaction, cancellationToken: cancellationToken);

    private async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = await connections.OpenAsync(cancellationToken);
        }

        return _connection;
    }

    /// <summary>
    /// The connection, once this write holds the write turn. In a command the first write takes the turn and begins
    /// the transaction, and both last until the command ends: the answered turn has nothing to release. Outside a
    /// command the statement commits on its own, and the caller releases the answered turn right after it.
    /// </summary>
    private async ValueTask<(DbConnection Connection, WriteTurn Turn)> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        if (_transaction is not null)
        {
            return (connection, WriteTurn.Unqueued);
        }

        var turn = await connections.TakeWriteTurnAsync(cancellationToken);
        if (!_inCommand)
        {
            return (connection, turn);
        }

        try
        {
            _transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken);
        }
        catch
        {
            turn.Dispose();
            throw;
        }

        _writeTurn = turn;
        return (connection, WriteTurn.Unqueued);
    }

    /// <summary>Ends the transaction, then hands the write turn to the next writer.</summary>
    private async ValueTask EndTransactionAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        _writeTurn?.Dispose();
        _writeTurn = null;
    }

    private async Task EndCommandAsync(CancellationToken cancellationToken)
    {
        await EndTransactionAsync();
        _inCommand = false;
        var pending = _afterCompletion;
        _afterCompletion = null;
        foreach (var work in pending ?? [])
        {
            await work(cancellationToken);
        }
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The result sets of one statement batch, read in order, each row by Dapper's row parser for its type. It does what
/// Dapper's GridReader does for us without its bookkeeping per read (a cache identity that hashes and compares the
/// whole SQL text for every result set), which on getUserInfo's six result sets was a tenth of the request's CPU.
/// </summary>
/// <param name="reader">The open reader on the batch.</param>
/// <param name="command">The command the reader runs, disposed with it; null when the reader disposes its own.</param>
/// <param name="cancellationToken">Cancels the reads.</param>
public sealed class ResultSets(DbDataReader reader, DbCommand? command, CancellationToken cancellationToken) : IAsyncDisposable
{
    private bool _started;

    /// <summary>Every row of the next result set.</summary>
    public async Task<List<T>> ReadAsync<T>()
    {
        await NextAsync();
        return await RowsAsync(ParserFor<T>());
    }

    /// <summary>Every row of the next result set, each read by <paramref name="read"/> (a hand-written reader, ADR 35).</summary>
    public async Task<List<T>> ReadAsync<T>(Func<DbDataReader, T> read)
    {
        await NextAsync();
        return await RowsAsync(read);
    }

    /// <summary>The only row of the next result set, or the default when it has none; more than one is a fault.</summary>
    public async Task<T?> ReadSingleOrDefaultAsync<T>()
    {
        await NextAsync();

        // The parser only once there is a row: an empty result set tells Dapper no column types to build it from.
        return await SingleRowOrDefaultAsync(row => ParserFor<T>()(row));
    }

    /// <summary>As <see cref="ReadSingleOrDefaultAsync{T}()"/>, the row read by <paramref name="read"/>.</summary>
    public async Task<T?> ReadSingleOrDefaultAsync<T>(Func<DbDataReader, T> read)
    {
        await NextAsync();
        return await SingleRowOrDefaultAsync(read);
    }

    /// <summary>The only row of the next result set; none or more than one is a fault.</summary>
    public async Task<T> ReadSingleAsync<T>()
    {
        var rows = await ReadAsync<T>();
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"The result set holds {rows.Count} rows, not one.");
    }

    /// <summary>
    /// Dapper's row parser for <typeparamref name="T"/>. A plain value (a number, a string, a date) is converted as
    /// Dapper's Query does it: Dapper's parser answers the column's own value (SQLite's integers are all Int64), and
    /// <c>GetRowParser&lt;T&gt;</c> would only unbox or cast it.
    /// </summary>
    private Func<DbDataReader, T> ParserFor<T>()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (!IsPlainValue(type))
        {
            return reader.GetRowParser<T>();
        }

        var parse = reader.GetRowParser(typeof(T));
        return row => parse(row) switch
        {
            T value => value,
            null when default(T) is null => default!,
            { } value when type.IsEnum => (T)Enum.ToObject(type, value),
            var value => (T)Convert.ChangeType(value, type, CultureInfo.InvariantCulture)!,
        };
    }

    private async Task<List<T>> RowsAsync<T>(Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private async Task<T?> SingleRowOrDefaultAsync<T>(Func<DbDataReader, T> read)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return default;
        }

        var row = read(reader);
        return await reader.ReadAsync(cancellationToken)
            ? throw new InvalidOperationException("The result set holds more than one row.")
            : row;
    }

    private static bool IsPlainValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(TimeSpan) || type == typeof(byte[]);

    public async ValueTask DisposeAsync()
    {
        await reader.DisposeAsync();
        if (command is not null)
        {
            await command.DisposeAsync();
        }
    }

    private async Task NextAsync()
    {
        if (_started && !await reader.NextResultAsync(cancellationToken))
        {
            throw new InvalidOperationException("The statement batch has no further result set.");
        }

        _started = true;
    }
}

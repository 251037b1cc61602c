using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Msp.Bench.Floor;

/// <summary>
/// The statement reuse the API has (ADR 11), at its plainest: open connections, each with one prepared command per
/// statement and its parameters created once, lent to one request at a time. A request only sets parameter values.
/// </summary>
internal sealed class PreparedStatements(string connectionString)
{
    private readonly ConcurrentBag<Lease> _idle = [];

    public Lease Take()
    {
        if (_idle.TryTake(out var lease))
        {
            return lease;
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return new Lease(this, connection);
    }

    internal sealed class Lease(PreparedStatements owner, SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        /// <summary>The statement's prepared command with <paramref name="parameters"/> created on first use.</summary>
        public SqliteCommand Command(string sql, params string[] parameters)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in parameters)
                {
                    command.Parameters.Add(new SqliteParameter(name, null));
                }

                command.Prepare();
                _commands.Add(sql, command);
            }

            return command;
        }

        public void Dispose() => owner._idle.Add(this);
    }
}

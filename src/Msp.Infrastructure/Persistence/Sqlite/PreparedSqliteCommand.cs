using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The command Dapper sees: it collects the text and parameters, and at execution binds them to the connection's
/// prepared command for that text (so the statement is compiled once per connection, not once per call).
/// </summary>
internal sealed class PreparedSqliteCommand(PreparedSqliteConnection connection) : DbCommand
{
    private const int MaxPrefixedNames = 1024;

    private static readonly ConcurrentDictionary<string, string> PrefixedNames = new(StringComparer.Ordinal);

    private readonly ParameterList _parameters = new();

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => throw new NotSupportedException("A prepared command belongs to its connection.");
    }

    protected override DbParameterCollection DbParameterCollection => _parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override int ExecuteNonQuery() => Bind().ExecuteNonQuery();

    public override object? ExecuteScalar() => Bind().ExecuteScalar();

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Bind().ExecuteReader(behavior);

    private SqliteCommand Bind()
    {
        var command = connection.PreparedCommand(CommandText);
        if (command is null)
        {
            command = connection.CreateInnerCommand();
            command.CommandText = CommandText;
        }

        command.CommandTimeout = CommandTimeout;
        command.Transaction = (SqliteTransaction?)DbTransaction;
        command.Parameters.Clear();
        for (var i = 0; i < _parameters.Count; i++)
        {
            var parameter = _parameters[i];
            parameter.ParameterName = Prefixed(parameter.ParameterName);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>
    /// <c>UserId</c> → <c>@UserId</c>. Dapper names parameters without their prefix, and Microsoft.Data.Sqlite then
    /// looks a bare name up as is and with each of the three prefixes, in every statement of the batch, encoding the
    /// name anew each time: on getUserInfo's six statements that was 2 KB of garbage a request. Names are the code's,
    /// a bounded set, so each is prefixed once.
    /// </summary>
    private static string Prefixed(string name)
    {
        if (name is ['@' or '$' or ':', ..])
        {
            return name;
        }

        if (PrefixedNames.TryGetValue(name, out var prefixed))
        {
            return prefixed;
        }

        prefixed = "@" + name;
        return PrefixedNames.Count < MaxPrefixedNames ? PrefixedNames.GetOrAdd(name, prefixed) : prefixed;
    }

    /// <summary>
    /// Dapper's parameters for the call. Not a throwaway <see cref="SqliteCommand"/>'s: a command is finalizable, and
    /// one left undisposed per call would put three objects a request on the finalizer's queue.
    /// </summary>
    private sealed class ParameterList : SqliteParameterCollection;
}

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
        foreach (SqliteParameter parameter in _parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>
    /// Dapper's parameters for the call. Not a throwaway <see cref="SqliteCommand"/>'s: a command is finalizable, and
    /// one left undisposed per call would put three objects a request on the finalizer's queue.
    /// </summary>
    private sealed class ParameterList : SqliteParameterCollection;
}

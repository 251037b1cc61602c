using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// The functions the SQLite scripts and the SQLite script file call that SQLite lacks: <c>msp_sha256_hex</c>, the
/// hash the API stores secrets as (0007 hashes the device uids with it), and <c>msp_exec_unless</c>, the file's guard
/// (<see cref="SqliteScriptFile"/>).
/// </summary>
internal static class SqliteScriptFunctions
{
    private const string SavepointSql = "SAVEPOINT msp_script";

    private const string RollbackToSavepointSql = "ROLLBACK TO msp_script; RELEASE msp_script";

    private const string ReleaseSavepointSql = "RELEASE msp_script";

    public static void AddTo(SqliteConnection connection)
    {
        connection.CreateFunction("msp_sha256_hex", (string text) => Secrets.Hash(text), isDeterministic: true);
        connection.CreateFunction("msp_exec_unless", (string guard, string sql) => ExecuteUnless(connection, guard, sql));
    }

    /// <summary>
    /// Runs <paramref name="sql"/>, all or nothing, unless <paramref name="guard"/> finds a row; 1 when it ran. The guard
    /// is read here, not by the calling statement: SQLite refuses a DROP TABLE while another statement reads.
    /// </summary>
    private static long ExecuteUnless(SqliteConnection connection, string guard, string sql)
    {
        if (Execute(connection, guard, command => command.ExecuteScalar()) is not null)
        {
            return 0;
        }

        Execute(connection, SavepointSql, command => command.ExecuteNonQuery());
        try
        {
            Execute(connection, sql, command => command.ExecuteNonQuery());
        }
        catch
        {
            Execute(connection, RollbackToSavepointSql, command => command.ExecuteNonQuery());
            throw;
        }

        Execute(connection, ReleaseSavepointSql, command => command.ExecuteNonQuery());
        return 1;
    }

    private static T Execute<T>(SqliteConnection connection, string sql, Func<SqliteCommand, T> run)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
    }
}

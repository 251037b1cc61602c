using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The database the options name, as an operator would name it (server and database, or the SQLite file; never the
/// credentials of the connection string), and a first connection that tells "cannot reach it" apart from what fails later.
/// </summary>
public sealed class DatabaseTarget(DatabaseOptions options)
{
    /// <summary>SQL Server's answer when the login's database does not exist (or the login may not open it).</summary>
    private const int CannotOpenDatabase = 4060;

    private const string SqliteReadSql = "SELECT COUNT(*) FROM sqlite_schema";

    public DatabaseProvider Provider => options.Provider;

    public string Description => options.Provider == DatabaseProvider.SqlServer
        ? $"SQL Server {SqlServer.DataSource}, database {(SqlServer.InitialCatalog is { Length: > 0 } name ? name : "(the login's default)")}"
        : $"SQLite file {SqliteFile}";

    /// <summary>What an operator checks when it cannot be opened.</summary>
    public string WhatToCheck => options.Provider == DatabaseProvider.SqlServer
        ? "Check that the server runs and is reachable from here (name, port, firewall) and that the login may open the database"
        : "Check the path, and that this user may read and write the file and its folder";

    /// <summary>An in-memory SQLite database: private to its connection, so nothing to lock and no file to find.</summary>
    public bool IsInMemory => options.Provider == DatabaseProvider.Sqlite
        && (SqliteBuilder.DataSource is ":memory:" or "" || SqliteBuilder.Mode == SqliteOpenMode.Memory);

    /// <summary>The full path of the SQLite file.</summary>
    public string SqliteFile => Path.GetFullPath(SqliteBuilder.DataSource);

    private SqlConnectionStringBuilder SqlServer => new(options.ConnectionString);

    private SqliteConnectionStringBuilder SqliteBuilder => new(options.ConnectionString);

    /// <summary>
    /// Opens the database once: true when it is there, false when it is not yet (the SQLite file, or the SQL Server
    /// database on a server that answers), which migrate creates and where every script is pending.
    /// </summary>
    /// <exception cref="DatabaseOperationException">The server or the file cannot be opened.</exception>
    public bool Probe() => options.Provider == DatabaseProvider.SqlServer ? ProbeSqlServer() : ProbeSqlite();

    private bool ProbeSqlServer()
    {
        try
        {
            Open(options.ConnectionString);
            return true;
        }
        catch (SqlException missing) when (missing.Number == CannotOpenDatabase)
        {
            try
            {
                Open(new SqlConnectionStringBuilder(options.ConnectionString) { InitialCatalog = "master" }.ConnectionString);
                return false;
            }
            catch (SqlException unreachable)
            {
                throw DatabaseOperationException.Unreachable(this, unreachable);
            }
        }
        catch (SqlException unreachable)
        {
            throw DatabaseOperationException.Unreachable(this, unreachable);
        }

        static void Open(string connectionString)
        {
            using var connection = new SqlConnection(connectionString);
            connection.Open();
        }
    }

    private bool ProbeSqlite()
    {
        if (IsInMemory)
        {
            return true;
        }

        if (!File.Exists(SqliteFile))
        {
            return false;
        }

        try
        {
            // Read-only: a probe must not create or change the file; reading the schema fails on a file that is not a database.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(options.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqliteReadSql;
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException unreachable)
        {
            throw DatabaseOperationException.Unreachable(this, unreachable);
        }
    }
}

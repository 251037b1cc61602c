namespace Msp.Infrastructure.Persistence;

/// <summary>What kind of failure a database operation of the migrator ended in; the command line answers each with its own exit code.</summary>
public enum DatabaseFailure
{
    /// <summary>The server, the database or the file could not be opened: nothing was read or changed.</summary>
    Unreachable,

    /// <summary>A migration script failed; its transaction rolled it back, the scripts before it stay applied.</summary>
    ScriptFailed,

    /// <summary>Another migration held the lock longer than <c>Database:MigrationLockTimeout</c>.</summary>
    LockTimedOut,
}

/// <summary>
/// A failure of the migrator whose message an operator can act on: what failed and on which database (server and
/// database or file, never the connection string's credentials), in one line.
/// </summary>
public sealed class DatabaseOperationException : Exception
{
    public DatabaseOperationException()
        : this("the database operation failed")
    {
    }

    public DatabaseOperationException(string message)
        : this(message, null)
    {
    }

    public DatabaseOperationException(string message, Exception? innerException)
        : this(DatabaseFailure.Unreachable, message, innerException)
    {
    }

    private DatabaseOperationException(DatabaseFailure failure, string message, Exception? innerException)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public DatabaseFailure Failure { get; }

    public static DatabaseOperationException Unreachable(DatabaseTarget target, Exception cause) =>
        new(DatabaseFailure.Unreachable, $"cannot connect to {target.Description}: {FirstLine(cause.Message)}. {target.WhatToCheck}.", cause);

    public static DatabaseOperationException Missing(DatabaseTarget target) =>
        new(DatabaseFailure.Unreachable, $"{target.Description} does not exist yet: run migrate first (or start with Database:MigrateOnStartup).", null);

    public static DatabaseOperationException ScriptFailed(string script, string target, Exception? cause) =>
        new(DatabaseFailure.ScriptFailed, $"migration script {script} failed on {target}: {FirstLine(cause?.Message ?? "no reason given")}", cause);

    public static DatabaseOperationException LockTimedOut(string target, TimeSpan waited) =>
        new(DatabaseFailure.LockTimedOut, $"waited {waited} for the migration lock on {target}, which another instance or a script still holds", null);

    /// <summary>Driver messages can run over lines (SqlClient appends details); the command line shows one.</summary>
    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r', ' ', '.');
}

namespace Msp.Api.Commands;

/// <summary>
/// What <c>migrate</c> and <c>bill</c> exit with, for scripts and deploy pipelines to test (README "For DBAs").
/// Every failure also prints one line on stderr saying what failed, where, and what to do.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Anything not listed here; <c>--verbose</c> shows the exception with its stack trace.</summary>
    public const int Failed = 1;

    /// <summary>A wrong command line or setting: nothing was touched.</summary>
    public const int Usage = 2;

    /// <summary>The server, the database or the SQLite file could not be opened: nothing was read or changed.</summary>
    public const int CannotConnect = 3;

    /// <summary>A migration script failed: it was rolled back, the scripts before it stay applied.</summary>
    public const int ScriptFailed = 4;

    /// <summary><c>migrate --check</c>: the database's schema differs from what the scripts define.</summary>
    public const int SchemaDrift = 5;

    /// <summary>Another migration held the migration lock longer than <c>Database:MigrationLockTimeout</c>.</summary>
    public const int LockTimedOut = 6;
}

using Microsoft.Extensions.Logging;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// One migration at a time per database (ADR 27): instances starting together with <c>Database:MigrateOnStartup</c>,
/// a deploy's <c>migrate</c> and a DBA's script take turns; whoever comes second waits, then finds nothing pending.
/// </summary>
internal static partial class MigrationLock
{
    /// <summary>The application lock's name on SQL Server, in the API's migrator and in the offline script alike.</summary>
    public const string Resource = "Msp.Migrations";

    /// <exception cref="DatabaseOperationException">The lock was not granted within <c>Database:MigrationLockTimeout</c>.</exception>
    public static IDisposable Acquire(DatabaseOptions options, DatabaseTarget target, ILogger logger)
    {
        var timeout = options.MigrationLockTimeout;
        void Waiting() => LogWaiting(logger, target.Description, timeout);
        try
        {
            if (options.Provider == DatabaseProvider.SqlServer)
            {
                return SqlServerMigrationLock.Acquire(options.ConnectionString, timeout, Waiting);
            }

            return target.IsInMemory ? NothingToLock.Instance : SqliteMigrationLock.Acquire(target.SqliteFile, timeout, Waiting);
        }
        catch (TimeoutException)
        {
            throw DatabaseOperationException.LockTimedOut(target.Description, timeout);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting up to {Timeout} for the migration lock on {Target}: another instance or a script is migrating it")]
    private static partial void LogWaiting(ILogger logger, string target, TimeSpan timeout);

    /// <summary>An in-memory SQLite database belongs to one connection: no one else can migrate it.</summary>
    private sealed class NothingToLock : IDisposable
    {
        public static readonly NothingToLock Instance = new();

        public void Dispose()
        {
        }
    }
}

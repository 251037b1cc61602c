using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file once a second, off the request path (ADR 14). SQLite
/// would otherwise checkpoint inside the commit that crosses 1,000 pages of log, flushing the file to disk while every
/// other writer of the process waits its turn. A passive checkpoint takes no lock that readers or writers wait for:
/// it copies what it can and leaves the rest for the next round. It runs on the wall clock, not the platform's.
/// </summary>
public sealed partial class SqliteCheckpointer(IOptions<DatabaseOptions> options, ILogger<SqliteCheckpointer> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Checkpoint();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last commits stay in the log, which SQLite applies when the database is next opened.
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(options.Value.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            LogCheckpointFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SQLite checkpoint failed; the next round tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}

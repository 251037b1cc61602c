using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file once a second, off the request path (ADR 14). SQLite
/// would otherwise checkpoint inside the commit that crosses 1,000 pages of log, flushing the file to disk while every
/// other writer of the process waits its turn. A passive checkpoint takes no lock that readers or writers wait for:
/// it copies what it can and leaves the rest for the next round. But the log only starts again from its beginning
/// when no reader still sees part of it, which under steady load never happens: a ten-minute soak grew it to 1.2 GB.
/// So once it holds <see cref="LogFramesBeforeTruncate"/> frames, a truncating checkpoint runs in the process's
/// writer turn (this process's writers queue behind it; readers finish their statement and move to the new
/// snapshot), and the log file goes back to nothing. It runs on the wall clock, not the platform's.
/// </summary>
public sealed partial class SqliteCheckpointer(
    IOptions<DatabaseOptions> options, IDbConnectionSource connections, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>About 16 MB of 4 KiB pages: at a few hundred writes a second, a truncation every few seconds.</summary>
    public const int LogFramesBeforeTruncate = 4096;

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
                await CheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last commits stay in the log, which SQLite applies when the database is next opened.
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var connection = new SqliteConnection(options.Value.ConnectionString);
            connection.Open();
            if (LogFrames(connection, "PASSIVE") < LogFramesBeforeTruncate)
            {
                return;
            }

            using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
            LogFrames(connection, "TRUNCATE");
        }
        catch (SqliteException exception)
        {
            LogCheckpointFailed(logger, exception);
        }
        catch (TimeoutException exception)
        {
            LogCheckpointFailed(logger, exception);
        }
    }

    /// <summary>Runs a checkpoint of the given mode and answers how many frames the log holds (its second column).</summary>
    private static long LogFrames(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(1) : 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SQLite checkpoint failed; the next round tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}

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
/// So once it holds <see cref="LogFramesBeforeRestart"/> frames, a restarting checkpoint runs in the process's writer
/// turn (this process's writers queue behind it; it waits up to <see cref="ReaderWait"/> for readers to finish their
/// statement and move to the database file), and the next write starts the log over from its first frame. The file
/// keeps its size: later writes overwrite blocks the file system already holds, where a
/// truncation (ADR 14's first answer) had them allocated again and every writer queued behind the truncation
/// (ADR 35). A file grown past <see cref="LogSizeLimitBytes"/> by a large transaction is trimmed when the log starts
/// over. It runs on the wall clock, not the platform's.
/// </summary>
public sealed partial class SqliteCheckpointer(
    IOptions<DatabaseOptions> options, IDbConnectionSource connections, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>About 16 MB of 4 KiB pages: at a few hundred writes a second, a restart every second or few.</summary>
    public const int LogFramesBeforeRestart = 4096;

    /// <summary>
    /// What the log file may keep when it starts over (<c>PRAGMA journal_size_limit</c>): room for a few seconds of
    /// frames past the threshold, so that steady writing never trims and grows it again.
    /// </summary>
    public const long LogSizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>How long the restart waits for readers still on the log, while this process's writers wait for it.</summary>
    private const int ReaderWait = 200;

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
            Execute(connection, $"PRAGMA busy_timeout = {ReaderWait};");
            if (Checkpoint(connection, "PASSIVE") < LogFramesBeforeRestart)
            {
                return;
            }

            // Done, every frame is in the database file and every reader reads from there: the next write starts the
            // log over from its first frame.
            using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
            Checkpoint(connection, "RESTART");
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
    private static long Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(1) : 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SQLite checkpoint failed; the next round tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}

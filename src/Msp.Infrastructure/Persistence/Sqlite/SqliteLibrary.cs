using SQLitePCL;

namespace Msp.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite's process-wide settings, which only take before its first connection opens. Memory statistics are off:
/// with them on, every allocation SQLite makes takes one mutex shared by all connections, and under load the request
/// threads queue on it (a third of the futex calls getUserInfo made). SQLite's own list of recommended options has it
/// off; nothing here reads the statistics. Connections are in multi-thread mode, not serialized: serialized mode locks a
/// connection's mutex around every call, each column read included (4 % of getUserInfo's CPU, ADR 36), to guard a
/// connection used by two threads at once, which Microsoft.Data.Sqlite does not allow anyway and the pool never does
/// (a connection serves one request or one background job at a time).
/// </summary>
internal static class SqliteLibrary
{
    private static int _configured;

    /// <summary>Idempotent. In a process that already opened a connection (a test host) it changes nothing.</summary>
    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
    }
}

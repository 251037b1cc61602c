using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// Counting one event in a fixed window kept as one row per key (client_address_windows, account_windows): a guarded
/// UPDATE counts it while the window has room or has ended (which starts it again); the key's first event inserts its
/// row. When two race to insert, the loser counts through the UPDATE. Each statement commits at once, so the count
/// stays whatever the request then does, and concurrent requests on several instances count exactly.
/// </summary>
internal static class FixedWindowCount
{
    /// <summary>Whether the event was counted: false when the window was full.</summary>
    public static async Task<bool> TryCountAsync(DbSession db, ISqlDialect dialect, string countSql, string startSql, object parameters, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAtOnceAsync(countSql, parameters, cancellationToken) == 1)
        {
            return true;
        }

        try
        {
            return await db.ExecuteAtOnceAsync(startSql, parameters, cancellationToken) == 1;
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return await db.ExecuteAtOnceAsync(countSql, parameters, cancellationToken) == 1;
        }
    }
}

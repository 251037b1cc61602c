using Msp.Application.Auth;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// One guarded UPDATE per event, like the account lockout's claim (<see cref="FixedWindowCount"/>). A full window's row
/// exists, so a refused event costs no exception.
/// </summary>
public sealed class ClientAddressWindowRepository(DbSession db, ISqlDialect dialect) : IClientAddressWindowRepository
{
    private const string CountSql = """
        UPDATE client_address_windows SET
            hits = CASE WHEN window_start <= @WindowStart THEN 1 ELSE hits + 1 END,
            window_start = CASE WHEN window_start <= @WindowStart THEN @Now ELSE window_start END
        WHERE client_address = @Address AND kind = @Kind AND (window_start <= @WindowStart OR hits < @Limit)
        """;

    private const string StartSql = """
        INSERT INTO client_address_windows (client_address, kind, window_start, hits)
        SELECT @Address, @Kind, @Now, 1
        WHERE NOT EXISTS (SELECT 1 FROM client_address_windows WHERE client_address = @Address AND kind = @Kind)
        """;

    private const string ReadSql = """
        SELECT window_start AS WindowStart, hits AS Hits FROM client_address_windows
        WHERE client_address = @Address AND kind = @Kind AND window_start > @WindowStart
        """;

    public async Task<AddressWindowCount> TryCountAsync(
        string clientAddress, ClientAddressEvent kind, int limit, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var parameters = Parameters(clientAddress, kind, window, nowUtc, limit);
        if (await FixedWindowCount.TryCountAsync(db, dialect, CountSql, StartSql, parameters, cancellationToken))
        {
            return new AddressWindowCount(true, nowUtc + window);
        }

        var current = await db.QuerySingleOrDefaultAsync<Window>(ReadSql, parameters, cancellationToken);
        return new AddressWindowCount(false, (current?.WindowStart ?? nowUtc) + window);
    }

    public async Task<int> CountAsync(string clientAddress, ClientAddressEvent kind, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<Window>(ReadSql, Parameters(clientAddress, kind, window, nowUtc, limit: 0), cancellationToken)) is { } current ? (int)current.Hits : 0;

    private static object Parameters(string clientAddress, ClientAddressEvent kind, TimeSpan window, DateTime nowUtc, int limit) => new
    {
        Address = clientAddress,
        Kind = kind == ClientAddressEvent.LoginRequest ? "login_request" : "failed_uid_login",
        Now = nowUtc,
        WindowStart = nowUtc - window,
        Limit = limit,
    };

    private sealed class Window
    {
        public DateTime WindowStart { get; init; }

        public long Hits { get; init; }
    }
}

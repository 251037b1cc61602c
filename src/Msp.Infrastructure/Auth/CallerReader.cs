using Msp.Application.Common.Security;
using Msp.Domain.Accounts;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// One indexed lookup per request: the live token (or the open session the cookie names), its account if active,
/// and the service a service account owns.
/// </summary>
public sealed class CallerReader(DbSession db, TimeProvider clock) : ICallerReader
{
    private const string SelectCaller = """
        SELECT a.id AS UserId, a.role_id AS RoleId, a.partner_id AS PartnerId,
               (SELECT MIN(s.id) FROM services s WHERE s.owner_account_id = a.id) AS ServiceId,
               t.id AS AccessTokenId, t.expires_at AS ExpiresAt
        """;

    internal const string ByTokenSql = SelectCaller + """

        , NULL AS DeviceSessionId
        FROM access_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = @Hash AND t.revoked_at IS NULL AND t.expires_at > @Now AND {{active(a)}}
        """;

    private const string ByCookieSql = SelectCaller + """

        , d.id AS DeviceSessionId
        FROM device_sessions d
        JOIN access_tokens t ON t.id = d.access_token_id
        JOIN accounts a ON a.id = t.account_id
        WHERE d.cookie_hash = @Hash AND d.ended_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > @Now AND {{active(a)}}
        """;

    public async Task<Caller?> FindAsync(RequestCredentials credentials, CancellationToken cancellationToken)
    {
        var (sql, secret) = credentials.AccessToken is { } token ? (ByTokenSql, token) : (ByCookieSql, credentials.SessionCookie!);
        var row = await db.QuerySingleOrDefaultAsync<CallerRow>(
            sql,
            new { Hash = Secrets.Hash(secret), Now = clock.GetUtcNow().UtcDateTime },
            cancellationToken);
        return row is null
            ? null
            : new Caller(row.UserId, (Role)row.RoleId, row.PartnerId, row.ServiceId, row.AccessTokenId, row.ExpiresAt, row.DeviceSessionId);
    }

    private sealed class CallerRow
    {
        public long UserId { get; init; }

        public int RoleId { get; init; }

        public long? PartnerId { get; init; }

        public long? ServiceId { get; init; }

        public long AccessTokenId { get; init; }

        public DateTime ExpiresAt { get; init; }

        public long? DeviceSessionId { get; init; }
    }
}

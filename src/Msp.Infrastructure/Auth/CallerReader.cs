using System.Data.Common;
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
        await using var sets = await db.QueryResultSetsAsync(sql, new { Hash = Secrets.Hash(secret), Now = clock.GetUtcNow().UtcDateTime }, cancellationToken);
        return await sets.ReadSingleOrDefaultAsync(CallerRow);
    }

    /// <summary>The SELECT's columns, in its order: read on every request that names a caller (ADR 35).</summary>
    private static Caller CallerRow(DbDataReader row) => new(
        UserId: row.Int64At(0),
        Role: (Role)row.Int32At(1),
        PartnerId: row.NullableInt64At(2),
        ServiceId: row.NullableInt64At(3),
        AccessTokenId: row.Int64At(4),
        AccessTokenExpiresAtUtc: row.TimeAt(5),
        DeviceSessionId: row.NullableInt64At(6));
}

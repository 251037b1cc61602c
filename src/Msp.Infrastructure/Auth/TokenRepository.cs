using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Domain.Auth;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Auth;

/// <summary>Tokens and session cookies are stored only as SHA-256 hashes and looked up by them.</summary>
public sealed class TokenRepository(DbSession db, IOptions<AuthOptions> options) : ITokenRepository
{
    private const string InsertTokenSql = """
        INSERT INTO access_tokens (account_id, token_hash, refresh_token_hash, family_id, source, created_at, expires_at, refresh_expires_at)
        VALUES (@AccountId, @TokenHash, @RefreshTokenHash, @FamilyId, @Source, @Now, @ExpiresAt, @RefreshExpiresAt);
        SELECT {{last_id}};
        """;

    private const string InsertSessionSql = """
        INSERT INTO device_sessions (access_token_id, public_id, cookie_hash, source, created_at)
        VALUES (@TokenId, @PublicId, @CookieHash, @Source, @Now)
        """;

    private const string SelectToken = """
        SELECT t.id AS Id, t.account_id AS AccountId, t.family_id AS FamilyId, t.source AS Source,
               t.expires_at AS ExpiresAt, t.refresh_expires_at AS RefreshExpiresAt,
               t.refreshed_at AS RefreshedAt, t.revoked_at AS RevokedAt
        """;

    private const string FindByTokenSql = SelectToken + """

        FROM access_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = @Hash AND {{active(a)}}
        """;

    private const string FindByRefreshTokenSql = SelectToken + """

        FROM access_tokens t WHERE t.refresh_token_hash = @Hash
        """;

    private const string FindByCookieSql = SelectToken + """

        FROM device_sessions d
        JOIN access_tokens t ON t.id = d.access_token_id
        JOIN accounts a ON a.id = t.account_id
        WHERE d.cookie_hash = @Hash AND d.ended_at IS NULL AND {{active(a)}}
        """;

    private const string MarkRefreshedSql = """
        UPDATE access_tokens SET refreshed_at = @Now, revoked_at = @Now WHERE id = @Id AND refreshed_at IS NULL
        """;

    private const string MoveSessionsSql = """
        UPDATE device_sessions SET access_token_id = @NewId WHERE access_token_id = @OldId AND ended_at IS NULL
        """;

    private const string RevokeSql = """
        UPDATE access_tokens SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL;
        UPDATE device_sessions SET ended_at = @Now WHERE access_token_id = @Id AND ended_at IS NULL;
        """;

    private const string RevokeFamilySql = """
        UPDATE device_sessions SET ended_at = @Now
        WHERE ended_at IS NULL AND access_token_id IN (SELECT id FROM access_tokens WHERE family_id = @FamilyId);
        UPDATE access_tokens SET revoked_at = @Now WHERE family_id = @FamilyId AND revoked_at IS NULL;
        """;

    private const string RevokeOthersSql = """
        UPDATE device_sessions SET ended_at = @Now
        WHERE ended_at IS NULL AND access_token_id IN (SELECT id FROM access_tokens WHERE account_id = @AccountId AND id <> @KeptId);
        UPDATE access_tokens SET revoked_at = @Now WHERE account_id = @AccountId AND id <> @KeptId AND revoked_at IS NULL;
        """;

    private const string RevokeAllOfAccountSql = """
        UPDATE device_sessions SET ended_at = @Now
        WHERE ended_at IS NULL AND access_token_id IN (SELECT id FROM access_tokens WHERE account_id = @AccountId);
        UPDATE access_tokens SET revoked_at = @Now WHERE account_id = @AccountId AND revoked_at IS NULL;
        """;

    private const string EndNamedSessionSql = """
        UPDATE device_sessions SET ended_at = @Now WHERE id = @SessionId AND access_token_id = @TokenId AND ended_at IS NULL
        """;

    private const string EndNewestSessionSql = """
        UPDATE device_sessions SET ended_at = @Now
        WHERE id = (SELECT MAX(id) FROM device_sessions WHERE access_token_id = @TokenId AND ended_at IS NULL)
        """;

    private const string NamedSessionIdSql = """
        SELECT public_id FROM device_sessions WHERE id = @SessionId AND access_token_id = @TokenId
        """;

    internal const string NewestSessionIdSql = """
        SELECT public_id FROM device_sessions
        WHERE id = (SELECT MAX(id) FROM device_sessions WHERE access_token_id = @TokenId)
        """;

    private readonly AuthOptions _options = options.Value;

    public async Task<IssuedTokens> IssueAsync(long accountId, LoginSource source, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var (tokenId, pair) = await InsertTokenAsync(accountId, Secrets.NewFamilyId(), source.ToString(), nowUtc, cancellationToken);
        var sessionId = Secrets.NewSessionId();
        var cookie = Secrets.NewToken();
        await db.ExecuteAsync(
            InsertSessionSql,
            new { TokenId = tokenId, PublicId = sessionId, CookieHash = Secrets.Hash(cookie), Source = source.ToString(), Now = nowUtc },
            cancellationToken);
        return new IssuedTokens(pair, sessionId, cookie);
    }

    public async Task<StoredToken?> FindAsync(string? accessToken, string? sessionCookie, CancellationToken cancellationToken)
    {
        var row = accessToken is not null
            ? await db.QuerySingleOrDefaultAsync<TokenRow>(FindByTokenSql, new { Hash = Secrets.Hash(accessToken) }, cancellationToken)
            : sessionCookie is not null
                ? await db.QuerySingleOrDefaultAsync<TokenRow>(FindByCookieSql, new { Hash = Secrets.Hash(sessionCookie) }, cancellationToken)
                : null;
        return row?.ToStoredToken();
    }

    public async Task<StoredToken?> FindByRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<TokenRow>(FindByRefreshTokenSql, new { Hash = Secrets.Hash(refreshToken) }, cancellationToken))
            ?.ToStoredToken();

    public async Task<TokenPair?> RotateAsync(StoredToken token, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAsync(MarkRefreshedSql, new { token.Id, Now = nowUtc }, cancellationToken) == 0)
        {
            return null;
        }

        var (newId, pair) = await InsertTokenAsync(token.AccountId, token.FamilyId, token.Source, nowUtc, cancellationToken);
        await db.ExecuteAsync(MoveSessionsSql, new { NewId = newId, OldId = token.Id }, cancellationToken);
        return pair;
    }

    public Task RevokeAsync(long tokenId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(RevokeSql, new { Id = tokenId, Now = nowUtc }, cancellationToken);

    public Task RevokeFamilyAsync(string familyId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(RevokeFamilySql, new { FamilyId = familyId, Now = nowUtc }, cancellationToken);

    public Task RevokeOthersOfAccountAsync(long accountId, long keptTokenId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(RevokeOthersSql, new { AccountId = accountId, KeptId = keptTokenId, Now = nowUtc }, cancellationToken);

    public Task RevokeAllOfAccountAsync(long accountId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(RevokeAllOfAccountSql, new { AccountId = accountId, Now = nowUtc }, cancellationToken);

    public async Task<bool> EndSessionAsync(long tokenId, long? sessionId, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            sessionId is null ? EndNewestSessionSql : EndNamedSessionSql,
            new { TokenId = tokenId, SessionId = sessionId, Now = nowUtc },
            cancellationToken) > 0;

    public async Task<string> SessionPublicIdAsync(long tokenId, long? sessionId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<string>(
            sessionId is null ? NewestSessionIdSql : NamedSessionIdSql,
            new { TokenId = tokenId, SessionId = sessionId },
            cancellationToken) ?? "";

    private async Task<(long Id, TokenPair Pair)> InsertTokenAsync(
        long accountId, string familyId, string source, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var pair = new TokenPair(Secrets.NewToken(), Secrets.NewToken(), nowUtc + _options.AccessTokenLifetime);
        var id = await db.InsertAsync(
            InsertTokenSql,
            new
            {
                AccountId = accountId,
                TokenHash = Secrets.Hash(pair.AccessToken),
                RefreshTokenHash = Secrets.Hash(pair.RefreshToken),
                FamilyId = familyId,
                Source = source,
                Now = nowUtc,
                ExpiresAt = pair.ExpiresAtUtc,
                RefreshExpiresAt = nowUtc + _options.RefreshTokenLifetime,
            },
            cancellationToken);
        return (id, pair);
    }

    private sealed class TokenRow
    {
        public long Id { get; init; }

        public long AccountId { get; init; }

        public string FamilyId { get; init; } = "";

        public string Source { get; init; } = "";

        public DateTime ExpiresAt { get; init; }

        public DateTime RefreshExpiresAt { get; init; }

        public DateTime? RefreshedAt { get; init; }

        public DateTime? RevokedAt { get; init; }

        public StoredToken ToStoredToken() => new(Id, AccountId, FamilyId, Source, ExpiresAt, RefreshExpiresAt, RefreshedAt, RevokedAt);
    }
}

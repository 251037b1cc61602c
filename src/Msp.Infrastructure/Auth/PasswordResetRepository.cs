using Msp.Application.Auth;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Auth;

/// <summary>Reset links are stored only as SHA-256 hashes of their tokens and looked up by them, as access tokens are.</summary>
public sealed class PasswordResetRepository(DbSession db) : IPasswordResetRepository
{
    private const string FindActiveAccountSql = """
        SELECT id AS AccountId, email AS Email FROM accounts WHERE email = @Email AND status = 1
        """;

    private const string CountIssuedSinceSql = """
        SELECT COUNT(*) FROM password_reset_tokens WHERE account_id = @AccountId AND created_at > @Since
        """;

    private const string InsertSql = """
        INSERT INTO password_reset_tokens (account_id, token_hash, expires_at, used_at, created_at)
        VALUES (@AccountId, @TokenHash, @ExpiresAt, NULL, @Now)
        """;

    private const string FindSql = """
        SELECT r.id AS Id, r.account_id AS AccountId, r.expires_at AS ExpiresAt, r.used_at AS UsedAt
        FROM password_reset_tokens r JOIN accounts a ON a.id = r.account_id
        WHERE r.token_hash = @Hash AND a.status = 1
        """;

    private const string UseSql = """
        UPDATE password_reset_tokens SET used_at = @Now WHERE id = @Id AND used_at IS NULL AND expires_at > @Now
        """;

    private const string UseOthersSql = """
        UPDATE password_reset_tokens SET used_at = @Now WHERE account_id = @AccountId AND used_at IS NULL
        """;

    public async Task<ResetRecipient?> FindActiveAccountAsync(string email, CancellationToken cancellationToken) =>
        (await db.QueryAsync<ResetRecipient>(FindActiveAccountSql, new { Email = email }, cancellationToken)).FirstOrDefault();

    public Task<int> CountIssuedSinceAsync(long accountId, DateTime sinceUtc, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<int>(CountIssuedSinceSql, new { AccountId = accountId, Since = sinceUtc }, cancellationToken);

    public async Task<string> IssueAsync(long accountId, DateTime expiresAtUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var token = Secrets.NewToken();
        await db.ExecuteAsync(
            InsertSql,
            new { AccountId = accountId, TokenHash = Secrets.Hash(token), ExpiresAt = expiresAtUtc, Now = nowUtc },
            cancellationToken);
        return token;
    }

    public async Task<PasswordResetLink?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<LinkRow>(FindSql, new { Hash = Secrets.Hash(token) }, cancellationToken);
        return row is null ? null : new PasswordResetLink(row.Id, row.AccountId, row.ExpiresAt, row.UsedAt);
    }

    public async Task<bool> UseAsync(PasswordResetLink link, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAsync(UseSql, new { link.Id, Now = nowUtc }, cancellationToken) == 0)
        {
            return false;
        }

        await db.ExecuteAsync(UseOthersSql, new { link.AccountId, Now = nowUtc }, cancellationToken);
        return true;
    }

    private sealed class LinkRow
    {
        public long Id { get; init; }

        public long AccountId { get; init; }

        public DateTime ExpiresAt { get; init; }

        public DateTime? UsedAt { get; init; }
    }
}

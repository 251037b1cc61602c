using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Auth.Reset;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Auth;

/// <summary>Reset links are stored only as SHA-256 hashes of their tokens and looked up by them, as access tokens are.</summary>
public sealed class PasswordResetRepository(DbSession db, IOptions<PasswordResetOptions> options) : IPasswordResetRepository
{
    /// <summary>Who reads the email: the account's language and its BP's name and logo (none for an account without a BP).</summary>
    private const string FindActiveAccountSql = """
        SELECT a.id AS AccountId, a.email AS Email, l.iso AS Language,
               COALESCE(p.name, '') AS PartnerName, COALESCE(b.logo, '') AS PartnerLogo
        FROM accounts a
        JOIN languages l ON l.id = a.language_id
        LEFT JOIN business_partners p ON p.id = a.partner_id
        LEFT JOIN partner_branding b ON b.partner_id = a.partner_id
        WHERE a.email = @Email AND {{active(a)}}
        """;

    /// <summary>
    /// One statement, so the hourly limit holds however many requests are sent at once; <c>outbox_id</c> is the
    /// request's, so a request never gets a second link.
    /// </summary>
    private const string InsertSql = """
        INSERT INTO password_reset_tokens (account_id, token_hash, expires_at, used_at, created_at, outbox_id)
        SELECT @AccountId, @TokenHash, @ExpiresAt, NULL, @Now, @RequestId
        WHERE (SELECT COUNT(*) FROM password_reset_tokens WHERE account_id = @AccountId AND created_at > @Since) < @MaxPerHour
          AND NOT EXISTS (SELECT 1 FROM password_reset_tokens WHERE outbox_id = @RequestId)
        """;

    private const string RekeySql = """
        UPDATE password_reset_tokens SET token_hash = @TokenHash, expires_at = @ExpiresAt
        WHERE outbox_id = @RequestId AND used_at IS NULL
        """;

    private const string FindSql = """
        SELECT r.id AS Id, r.account_id AS AccountId, r.expires_at AS ExpiresAt, r.used_at AS UsedAt, l.iso AS Language,
               COALESCE(p.name, '') AS PartnerName, COALESCE(b.logo, '') AS PartnerLogo
        FROM password_reset_tokens r
        JOIN accounts a ON a.id = r.account_id
        JOIN languages l ON l.id = a.language_id
        LEFT JOIN business_partners p ON p.id = a.partner_id
        LEFT JOIN partner_branding b ON b.partner_id = a.partner_id
        WHERE r.token_hash = @Hash AND {{active(a)}}
        """;

    private const string UseSql = """
        UPDATE password_reset_tokens SET used_at = @Now WHERE id = @Id AND used_at IS NULL AND expires_at > @Now
        """;

    private const string VoidOpenSql = """
        UPDATE password_reset_tokens SET used_at = @Now WHERE account_id = @AccountId AND used_at IS NULL
        """;

    public async Task<ResetRecipient?> FindActiveAccountAsync(string email, CancellationToken cancellationToken) =>
        (await db.QueryAsync<RecipientRow>(FindActiveAccountSql, new { Email = email }, cancellationToken))
            .Select(row => new ResetRecipient(row.AccountId, row.Email, row.Language, row.PartnerName, options.Value.ShownLogo(row.PartnerLogo)))
            .FirstOrDefault();

    public async Task<string?> IssueAsync(ResetLinkRequest request, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var token = Secrets.NewToken();
        var parameters = new
        {
            request.RequestId,
            request.AccountId,
            request.MaxPerHour,
            TokenHash = Secrets.Hash(token),
            ExpiresAt = request.ExpiresAtUtc,
            Now = nowUtc,
            Since = nowUtc.AddHours(-1),
        };
        if (await db.ExecuteAsync(InsertSql, parameters, cancellationToken) == 1)
        {
            return token;
        }

        return await db.ExecuteAsync(RekeySql, parameters, cancellationToken) == 1 ? token : null;
    }

    public async Task<PasswordResetLink?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<LinkRow>(FindSql, new { Hash = Secrets.Hash(token) }, cancellationToken);
        return row is null ? null : new PasswordResetLink(row.Id, row.AccountId, row.ExpiresAt, row.UsedAt, new ResetAudience(row.Language, row.PartnerName, options.Value.ShownLogo(row.PartnerLogo)));
    }

    public async Task<bool> UseAsync(PasswordResetLink link, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAsync(UseSql, new { link.Id, Now = nowUtc }, cancellationToken) == 0)
        {
            return false;
        }

        await VoidOpenLinksAsync(link.AccountId, nowUtc, cancellationToken);
        return true;
    }

    public Task VoidOpenLinksAsync(long accountId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(VoidOpenSql, new { AccountId = accountId, Now = nowUtc }, cancellationToken);

    private sealed class LinkRow
    {
        public long Id { get; init; }

        public long AccountId { get; init; }

        public DateTime ExpiresAt { get; init; }

        public DateTime? UsedAt { get; init; }

        public string Language { get; init; } = "";

        public string PartnerName { get; init; } = "";

        public string PartnerLogo { get; init; } = "";
    }

    /// <summary>
    /// Properties rather than a constructor: with no row, SQLite cannot type the COALESCE columns, and Dapper would
    /// find no constructor to match.
    /// </summary>
    private sealed class RecipientRow
    {
        public long AccountId { get; init; }

        public string Email { get; init; } = "";

        public string Language { get; init; } = "";

        public string PartnerName { get; init; } = "";

        public string PartnerLogo { get; init; } = "";
    }
}

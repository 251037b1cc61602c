using Msp.Application.Auth;
using Msp.Domain.Accounts;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Security;

namespace Msp.Infrastructure.Auth;

public sealed class AccountRepository(DbSession db) : IAccountRepository
{
    private const string SelectAccount = """
        SELECT id AS Id, role_id AS RoleId, status AS Status, password_hash AS PasswordHash,
               failed_logins AS FailedLogins, locked_until AS LockedUntil
        FROM accounts
        """;

    private const string FindByLoginSql = SelectAccount + """

        WHERE email = @Login OR username = @Login
        ORDER BY CASE WHEN email = @Login THEN 0 ELSE 1 END
        """;

    private const string FindByUidSql = SelectAccount + """

        WHERE id = (SELECT account_id FROM device_uid_hashes WHERE uid_hash = @UidHash)
        """;

    private const string FindByIdSql = SelectAccount + """

        WHERE id = @Id
        """;

    private const string SavePasswordHashSql = """
        UPDATE accounts SET password_hash = @PasswordHash, updated_at = @Now WHERE id = @Id
        """;

    public async Task<UserAccount?> FindByLoginAsync(string emailOrUsername, CancellationToken cancellationToken) =>
        ToAccount((await db.QueryAsync<AccountRow>(FindByLoginSql, new { Login = emailOrUsername }, cancellationToken)).FirstOrDefault());

    public async Task<UserAccount?> FindByDeviceUidAsync(string uid, CancellationToken cancellationToken) =>
        ToAccount(await db.QuerySingleOrDefaultAsync<AccountRow>(FindByUidSql, new { UidHash = Secrets.Hash(uid) }, cancellationToken));

    public async Task<UserAccount?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        ToAccount(await db.QuerySingleOrDefaultAsync<AccountRow>(FindByIdSql, new { Id = id }, cancellationToken));

    public Task SavePasswordHashAsync(UserAccount account, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(SavePasswordHashSql, new { account.Id, account.PasswordHash, Now = nowUtc }, cancellationToken);

    private static UserAccount? ToAccount(AccountRow? row) => row is null
        ? null
        : new UserAccount(row.Id, (Role)row.RoleId, (AccountStatus)row.Status, row.PasswordHash, row.FailedLogins, row.LockedUntil);

    private sealed class AccountRow
    {
        public long Id { get; init; }

        public int RoleId { get; init; }

        public int Status { get; init; }

        public string PasswordHash { get; init; } = "";

        public int FailedLogins { get; init; }

        public DateTime? LockedUntil { get; init; }
    }
}

using System.Data.Common;
using Msp.Application.Users;
using Msp.Domain.Accounts;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Users;

public sealed class UserRepository(DbSession db, ISqlDialect dialect) : IUserRepository
{
    private const string FindLanguageSql = "SELECT id FROM languages WHERE iso = @Iso";

    private const string PartnerExistsSql = "SELECT COUNT(*) FROM business_partners WHERE id = @PartnerId";

    /// <summary>Both columns are unique and compare without case, as the unique indexes do.</summary>
    private const string TakenSql = """
        SELECT COUNT(*) FROM accounts WHERE (username = @Username OR email = @Email) AND id <> @ExceptUserId
        """;

    private const string OfferedSql = "SELECT service_id FROM partner_services WHERE partner_id = @PartnerId ORDER BY service_id";

    /// <summary>A field not given takes the column's default (db/*/0001_accounts_and_auth.sql, Status 1, Demo 0, Status_control 0).</summary>
    private const string InsertSql = """
        INSERT INTO accounts (role_id, partner_id, username, email, password_hash, name, lastname, gender, dob, telephone,
            mobil, fax, fiscal_number, status, demo, status_control, language_id, created_at, updated_at)
        VALUES (@EndUser, @PartnerId, @Username, @Email, @PasswordHash, @Name, @Lastname, COALESCE(@Gender, ''), @Dob,
            COALESCE(@Telephone, ''), COALESCE(@Mobil, ''), COALESCE(@Fax, ''), COALESCE(@FiscalNumber, ''),
            COALESCE(@Status, 1), COALESCE(@Demo, 0), COALESCE(@StatusControl, 0), @LanguageId, @Now, @Now);
        SELECT {{last_id}};
        """;

    /// <summary>Only the given fields change; the role guard keeps the write to end users.</summary>
    private const string UpdateSql = """
        UPDATE accounts SET
            partner_id = COALESCE(@PartnerId, partner_id),
            username = COALESCE(@Username, username),
            email = COALESCE(@Email, email),
            password_hash = COALESCE(@PasswordHash, password_hash),
            name = COALESCE(@Name, name),
            lastname = COALESCE(@Lastname, lastname),
            gender = COALESCE(@Gender, gender),
            dob = COALESCE(@Dob, dob),
            telephone = COALESCE(@Telephone, telephone),
            mobil = COALESCE(@Mobil, mobil),
            fax = COALESCE(@Fax, fax),
            fiscal_number = COALESCE(@FiscalNumber, fiscal_number),
            status = COALESCE(@Status, status),
            demo = COALESCE(@Demo, demo),
            status_control = COALESCE(@StatusControl, status_control),
            language_id = COALESCE(@LanguageId, language_id),
            updated_at = @Now
        WHERE id = @UserId AND role_id = @EndUser
        """;

    private const string ContactSql = """
        SELECT email AS Email, name AS Name, lastname AS Lastname, username AS Username FROM accounts WHERE id = @UserId
        """;

    private const string DeleteSubscriptionsSql = "DELETE FROM subscriptions WHERE account_id = @UserId";

    private const string InsertSubscriptionSql = """
        INSERT INTO subscriptions (account_id, service_id, created_at) VALUES (@UserId, @ServiceId, @Now)
        """;

    public Task<long?> FindLanguageIdAsync(string iso, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<long?>(FindLanguageSql, new { Iso = iso }, cancellationToken);

    public async Task<bool> PartnerExistsAsync(long partnerId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<long>(PartnerExistsSql, new { PartnerId = partnerId }, cancellationToken) > 0;

    public async Task<bool> IsTakenAsync(string? username, string? email, long exceptUserId, CancellationToken cancellationToken) =>
        (username is not null || email is not null)
        && await db.QuerySingleOrDefaultAsync<long>(TakenSql, new { Username = username, Email = email, ExceptUserId = exceptUserId }, cancellationToken) > 0;

    public async Task<IReadOnlyList<long>> OfferedServiceIdsAsync(long partnerId, CancellationToken cancellationToken) =>
        (await db.QueryAsync<long>(OfferedSql, new { PartnerId = partnerId }, cancellationToken)).ToList();

    public async Task<long?> CreateAsync(UserRow row, DateTime nowUtc, CancellationToken cancellationToken)
    {
        try
        {
            return await db.InsertAsync(InsertSql, Parameters(row, nowUtc, userId: 0), cancellationToken);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return null;
        }
    }

    public async Task<UserContact?> UpdateAsync(long userId, UserRow row, DateTime nowUtc, CancellationToken cancellationToken)
    {
        try
        {
            await db.ExecuteAsync(UpdateSql, Parameters(row, nowUtc, userId), cancellationToken);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return null;
        }

        return await db.QuerySingleOrDefaultAsync<UserContact>(ContactSql, new { UserId = userId }, cancellationToken);
    }

    public async Task ReplaceSubscriptionsAsync(long userId, IReadOnlyCollection<long> serviceIds, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(DeleteSubscriptionsSql, new { UserId = userId }, cancellationToken);
        foreach (var serviceId in serviceIds)
        {
            await db.ExecuteAsync(InsertSubscriptionSql, new { UserId = userId, ServiceId = serviceId, Now = nowUtc }, cancellationToken);
        }
    }

    private static object Parameters(UserRow row, DateTime nowUtc, long userId) => new
    {
        UserId = userId,
        EndUser = (int)Role.EndUser,
        row.PartnerId,
        row.Username,
        row.Email,
        row.PasswordHash,
        row.Name,
        row.Lastname,
        row.Gender,
        row.Dob,
        row.Telephone,
        row.Mobil,
        row.Fax,
        row.FiscalNumber,
        row.Status,
        row.Demo,
        row.StatusControl,
        row.LanguageId,
        Now = nowUtc,
    };
}

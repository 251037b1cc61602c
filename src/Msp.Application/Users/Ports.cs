using Msp.Application.Auth.Profile;
using Msp.Domain.Accounts;

namespace Msp.Application.Users;

/// <summary>getBasicUserInfo's read, in Infrastructure because it shares its statement with getUserInfo's profile.</summary>
public interface IUserReader
{
    /// <summary>The user's <c>user_info</c> with its BP's <c>partner</c> object; null when the account does not exist.</summary>
    Task<UserInfo?> BasicInfoAsync(long userId, CancellationToken cancellationToken);
}

public interface IUserStatusRepository
{
    /// <summary>Puts an end user's account in <paramref name="status"/>.</summary>
    Task SetStatusAsync(long userId, AccountStatus status, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>The accounts users/register and users/update write, with the catalogue data they check against.</summary>
public interface IUserRepository
{
    Task<long?> FindLanguageIdAsync(string iso, CancellationToken cancellationToken);

    Task<bool> PartnerExistsAsync(long partnerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<long>> OfferedServiceIdsAsync(long partnerId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether another account than <paramref name="exceptUserId"/> has the username or the email (either may be null:
    /// not asked). Read before the write, so a taken answer can be counted (<see cref="ITakenAnswerWindowRepository"/>);
    /// the unique indexes still decide a race.
    /// </summary>
    Task<bool> IsTakenAsync(string? username, string? email, long exceptUserId, CancellationToken cancellationToken);

    /// <summary>
    /// A new end user; null when its username or email is taken, which the unique indexes decide (docs/contract.md §3),
    /// so two registrations of one name at once cannot both succeed.
    /// </summary>
    Task<long?> CreateAsync(UserRow row, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Writes the given columns; null when the new username or email is taken. The account as it then stands.</summary>
    Task<UserContact?> UpdateAsync(long userId, UserRow row, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The account's subscriptions become exactly these services.</summary>
    Task ReplaceSubscriptionsAsync(long userId, IReadOnlyCollection<long> serviceIds, DateTime nowUtc, CancellationToken cancellationToken);
}

public interface IEmailTemplateReader
{
    /// <summary>The template's text in the language, else in English, else in any; null for an unknown template.</summary>
    Task<EmailTemplateText?> FindAsync(long templateId, string languageIso, CancellationToken cancellationToken);
}

/// <summary>The "taken" answers one caller has had from users/register and users/update in the current window (<see cref="UsersOptions"/>).</summary>
public interface ITakenAnswerWindowRepository
{
    /// <summary>When the caller's window ends if it already holds <paramref name="limit"/> answers; null while the caller may go on.</summary>
    Task<DateTime?> FullUntilAsync(long accountId, int limit, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Counts one answer, committed at once: the request that gets it rolls back, the count stays. Before the request's first write.</summary>
    Task CountAsync(long accountId, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken);
}

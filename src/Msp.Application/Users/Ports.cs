using Msp.Application.Auth.Profile;
using Msp.Application.Common.Paging;
using Msp.Application.Users.GetActiveUsers;
using Msp.Application.Users.GetBillingUserInfo;
using Msp.Domain.Accounts;

namespace Msp.Application.Users;

/// <summary>The query side of the Users operations, read straight into their wire models.</summary>
public interface IUserReader
{
    /// <summary>The user's <c>user_info</c> with its BP's <c>partner</c> object; null when the account does not exist.</summary>
    Task<UserInfo?> BasicInfoAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The user's billing address; null when it has none.</summary>
    Task<BillingAddress?> BillingAddressAsync(long userId, CancellationToken cancellationToken);

    /// <summary>One page of the BP's active end users, by id, and how many there are in all.</summary>
    Task<(IReadOnlyList<ActiveUser> Rows, long Total)> ActiveUsersAsync(long partnerId, PageRequest page, CancellationToken cancellationToken);
}

public interface IUserStatusRepository
{
    /// <summary>Puts an end user's account in <paramref name="status"/>.</summary>
    Task SetStatusAsync(long userId, AccountStatus status, DateTime nowUtc, CancellationToken cancellationToken);
}

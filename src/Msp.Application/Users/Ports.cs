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

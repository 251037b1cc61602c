using Msp.Domain.Accounts;

namespace Msp.Application.Auth;

public interface IAccountRepository
{
    /// <summary>By email or username, case-insensitively.</summary>
    Task<UserAccount?> FindByLoginAsync(string emailOrUsername, CancellationToken cancellationToken);

    Task<UserAccount?> FindByDeviceUidAsync(string uid, CancellationToken cancellationToken);

    Task<UserAccount?> FindByIdAsync(long id, CancellationToken cancellationToken);

    Task SavePasswordHashAsync(UserAccount account, DateTime nowUtc, CancellationToken cancellationToken);
}

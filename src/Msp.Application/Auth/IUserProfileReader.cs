using Msp.Application.Auth.Profile;

namespace Msp.Application.Auth;

public interface IUserProfileReader
{
    Task<UserProfile> ReadAsync(long userId, CancellationToken cancellationToken);
}

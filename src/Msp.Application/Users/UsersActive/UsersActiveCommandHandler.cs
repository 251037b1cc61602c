using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Application.Users.UserStatus;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UsersActive;

public sealed class UsersActiveCommandHandler(TargetUser target, IUserStatusRepository users, ITokenRepository tokens, TimeProvider clock)
    : UserStatusCommandHandler<UsersActiveCommand>(target, users, tokens, clock)
{
    protected override AccountStatus NewStatus => AccountStatus.Active;
}

using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Application.Users.UserStatus;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UsersDisable;

public sealed class UsersDisableCommandHandler(TargetUser target, IUserStatusRepository users, ITokenRepository tokens, TimeProvider clock)
    : UserStatusCommandHandler<UsersDisableCommand>(target, users, tokens, clock)
{
    protected override AccountStatus NewStatus => AccountStatus.Disabled;
}

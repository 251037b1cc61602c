using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Application.Users.UserStatus;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UsersDelete;

public sealed class UsersDeleteCommandHandler(TargetUser target, IUserStatusRepository users, ITokenRepository tokens, TimeProvider clock)
    : UserStatusCommandHandler<UsersDeleteCommand>(target, users, tokens, clock)
{
    protected override AccountStatus NewStatus => AccountStatus.PendingDeletion;
}

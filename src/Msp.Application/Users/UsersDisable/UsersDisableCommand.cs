using Msp.Application.Common.Security;
using Msp.Application.Users.UserStatus;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UsersDisable;

/// <summary>Spec 6.42: an end user may no longer sign in, until users/active.</summary>
public sealed record UsersDisableCommand(WireId? UserId) : IUserStatusCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => UsersErrors.UserNotAllowed;

    public static AllowedCallers TargetReach => AllowedCallers.Managers;

    public static ApiError TargetMissing => UsersErrors.NotFound;

    public static AccountStatus NewStatus => AccountStatus.Disabled;
}

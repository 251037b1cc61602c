using Msp.Application.Common.Security;
using Msp.Application.Users.UserStatus;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UsersActive;

/// <summary>Spec 6.40: an end user may sign in again (also out of pending deletion).</summary>
public sealed record UsersActiveCommand(WireId? UserId) : IUserStatusCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => UsersErrors.UserNotAllowed;

    public static AllowedCallers TargetReach => AllowedCallers.Managers;

    public static ApiError TargetMissing => UsersErrors.NotFound;

    public static AccountStatus NewStatus => AccountStatus.Active;
}

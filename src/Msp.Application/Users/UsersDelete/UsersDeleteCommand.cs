using Msp.Application.Common.Security;
using Msp.Application.Users.UserStatus;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UsersDelete;

/// <summary>Spec 6.41: the end user moves to pending deletion; it may no longer sign in, and no reader sees it.</summary>
public sealed record UsersDeleteCommand(WireId? UserId) : IUserStatusCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => UsersErrors.UserNotAllowed;

    public static AllowedCallers TargetReach => AllowedCallers.Managers;

    public static ApiError TargetMissing => UsersErrors.NotFound;

    public static AccountStatus NewStatus => AccountStatus.PendingDeletion;
}

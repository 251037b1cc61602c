using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary>Spec 6.16: the address a user is billed at.</summary>
public sealed record GetBillingUserInfoQuery(WireId? UserId) : IQuery<BillingUserInfoResponse>, ITargetUserRequest
{
    public static AllowedCallers TargetReach => AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError TargetMissing => UsersErrors.NoUserFound;
}

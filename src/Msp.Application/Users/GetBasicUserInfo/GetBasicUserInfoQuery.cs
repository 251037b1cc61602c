using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetBasicUserInfo;

/// <summary>Spec 6.15: one user's profile with its BP's branding.</summary>
public sealed record GetBasicUserInfoQuery(WireId? UserId) : IQuery<BasicUserInfoResponse>, ITargetUserRequest
{
    public static AllowedCallers TargetReach => AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError TargetMissing => UsersErrors.NoUserFoundLowerCase;
}

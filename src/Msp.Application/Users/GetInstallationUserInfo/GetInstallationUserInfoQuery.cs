using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetInstallationUserInfo;

/// <summary>Spec 6.20: a user's installation addresses, a page at a time.</summary>
public sealed record GetInstallationUserInfoQuery(WireId? UserId, WireCount? Offset, WireCount? Limit)
    : IQuery<DataList<InstallationAddress>>, ITargetUserRequest
{
    public static AllowedCallers TargetReach => AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError TargetMissing => UsersErrors.NoUserFound;
}

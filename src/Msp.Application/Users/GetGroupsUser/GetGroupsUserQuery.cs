using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetGroupsUser;

/// <summary>Spec 6.19: the groups a user belongs to, a page at a time.</summary>
public sealed record GetGroupsUserQuery(WireId? UserId, WireCount? Offset, WireCount? Limit)
    : IQuery<DataList<UserGroup>>, IRestrictedRequest, ITargetUserRequest
{
    public static AllowedCallers Callers => AllowedCallers.Self | AllowedCallers.Managers;

    /// <summary>The operation's only documented 403 (docs/contract.md §2).</summary>
    public static ApiError Refused => UsersErrors.NoGroupFound;

    public static AllowedCallers TargetReach => Callers;

    /// <summary>A user out of reach or not there belongs to no group.</summary>
    public static ApiError TargetMissing => UsersErrors.NoGroupFound;

    /// <summary>Spec 6.19's own, "cliente" as printed.</summary>
    public static ApiError Unauthorized => UsersErrors.ClienteNotAuthorized;
}

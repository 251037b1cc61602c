using Msp.Application.Common.Paging;

namespace Msp.Application.Users.GetActiveUsers;

/// <summary>Spec 6.14: the active end users of one BP, a page at a time.</summary>
public sealed record GetActiveUsersQuery(WireId? Bpid, WireCount? Offset, WireCount? Limit)
    : IQuery<DataList<ActiveUser>>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => UsersErrors.ClienteNotAuthorized;
}

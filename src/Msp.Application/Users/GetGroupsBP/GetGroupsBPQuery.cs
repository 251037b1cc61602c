using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetGroupsBP;

/// <summary>Spec 6.18: a BP's groups with their members, a page of groups at a time.</summary>
public sealed record GetGroupsBPQuery(WireId? Bpid, WireCount? Offset, WireCount? Limit) : IQuery<DataList<BpGroup>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    /// <summary>The operation's only documented 403 (docs/contract.md §2).</summary>
    public static ApiError Refused => UsersErrors.NoGroupFound;
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressList;

/// <summary>
/// Spec 6.3: a user's addresses, the caller's own when no <c>userID</c> is given. It documents no 403: a user out of
/// reach and one that does not exist both get the unauthorized body (ADR 9).
/// </summary>
public sealed record AddressListQuery(WireId? UserId, WireCount? Offset, WireCount? Limit)
    : IQuery<DataList<AddressRecord>>, ITargetUserRequest, IReadsAccountsPendingDeletion
{
    public static AllowedCallers TargetReach => AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError TargetMissing => AddressesErrors.Unauthorized;
}

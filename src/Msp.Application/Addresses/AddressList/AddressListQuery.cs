using Msp.Application.Common.Paging;

namespace Msp.Application.Addresses.AddressList;

/// <summary>Spec 6.3: a user's addresses, the caller's own when no <c>userID</c> is given.</summary>
public sealed record AddressListQuery(WireId? UserId, string? Offset, string? Limit)
    : IQuery<DataList<AddressRecord>>, IAuthenticatedRequest;

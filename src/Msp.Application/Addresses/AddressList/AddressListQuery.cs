using Msp.Application.Common.Messaging;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Results;

namespace Msp.Application.Addresses.AddressList;

/// <summary>Spec 6.3: a user's addresses, the caller's own when no <c>userID</c> is given.</summary>
public sealed record AddressListQuery(string? UserId, string? Offset, string? Limit)
    : IQuery<DataList<AddressRecord>>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => AddressesErrors.Unauthorized;
}

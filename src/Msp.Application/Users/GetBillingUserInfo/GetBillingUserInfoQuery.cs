using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary>Spec 6.16: the address a user is billed at.</summary>
public sealed record GetBillingUserInfoQuery(string? UserId) : IQuery<BillingUserInfoResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => UsersErrors.Unauthorized;
}

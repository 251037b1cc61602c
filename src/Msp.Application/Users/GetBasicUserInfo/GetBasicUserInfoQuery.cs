using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Users.GetBasicUserInfo;

/// <summary>Spec 6.15: one user's profile with its BP's branding.</summary>
public sealed record GetBasicUserInfoQuery(string? UserId) : IQuery<BasicUserInfoResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => UsersErrors.Unauthorized;
}

namespace Msp.Application.Auth.GetUserInfo;

/// <summary>Spec 6.23: the caller's own profile, services and languages.</summary>
public sealed record GetUserInfoQuery : IQuery<UserInfoResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => AuthErrors.TokenNotFound;
}

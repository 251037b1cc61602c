using Msp.Api.Http;
using Msp.Application.Auth.ChangePassword;
using Msp.Application.Auth.GetUserInfo;
using Msp.Application.Auth.Login;
using Msp.Application.Auth.Logout;
using Msp.Application.Auth.RefreshToken;
using Msp.Application.Auth.Reset;
using Msp.Application.Auth.ResetPasswordPage;
using Msp.Application.Auth.RevokeToken;
using Msp.Application.Auth.SetDeviceToken;
using Msp.Application.Auth.SetNewPassword;

namespace Msp.Api.Endpoints;

internal static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("").WithTags("Auth");
        auth.MapOperation<LoginCommand>("POST", "/auth/login").RequireRateLimiting(LoginRateLimit);
        auth.MapOperation<LogoutCommand>("GET", "/auth/logout");
        auth.MapOperation<RefreshTokenCommand>("GET", "/refreshToken");
        auth.MapOperation<RevokeTokenCommand>("GET", "/revokeToken");
        auth.MapOperation<GetUserInfoQuery>("GET", "/getUserInfo");
        auth.MapOperation<ChangePasswordCommand>("POST", "/changePassword");
        auth.MapOperation<SetDeviceTokenCommand>("GET", "/setDeviceToken");
        auth.MapOperation<ResetCommand>("POST", "/auth/reset").RequireRateLimiting(LoginRateLimit);
        auth.MapOperationOn<ResetPasswordPageQuery>("GET", "/auth/reset/{token}").RequireRateLimiting(LoginRateLimit);
        auth.MapOperationOn<SetNewPasswordCommand>("POST", "/auth/reset/{token}").RequireRateLimiting(LoginRateLimit);
    }
}

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
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapModule("Auth", "Sign-in with a password or a device uid, tokens and their refresh, the session cookie, password changes and resets.");
        auth.MapOperation<LoginCommand>("POST", "/auth/login").RequireLoginRateLimit();
        auth.MapOperation<LogoutCommand>("GET", "/auth/logout");
        auth.MapOperation<RefreshTokenCommand>("GET", "/refreshToken");
        auth.MapOperation<RevokeTokenCommand>("GET", "/revokeToken");
        auth.MapOperation<GetUserInfoQuery>("GET", "/getUserInfo");
        auth.MapOperation<ChangePasswordCommand>("POST", "/changePassword");
        auth.MapOperation<SetDeviceTokenCommand>("GET", "/setDeviceToken");
        auth.MapOperation<ResetCommand>("POST", "/auth/reset").RequireLoginRateLimit();
        auth.MapOperationOn<ResetPasswordPageQuery>("GET", "/auth/reset/{token}").RequireLoginRateLimit();
        auth.MapOperationOn<SetNewPasswordCommand>("POST", "/auth/reset/{token}").RequireLoginRateLimit();
    }
}

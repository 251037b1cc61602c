using Msp.Api.Http;
using Msp.Api.OpenApi;
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
using Msp.Application.Auth;
using Msp.Application.Common.Results;

namespace Msp.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapModule("Auth", "Sign-in with a password or a device uid, tokens and their refresh, the session cookie, password changes and resets.");
        auth.MapOperation<LoginCommand>("POST", "/auth/login").RequireLoginRateLimit()
            .Answers(OperationExamples.Json("auth-login"), AuthErrors.MissingUsername, AuthErrors.MissingPassword, AuthErrors.IncorrectCredentials, AuthErrors.AccountNotActive, ApiError.TooManyRequests);
        auth.MapOperation<LogoutCommand>("GET", "/auth/logout").Answers("""{"msg":"Logout OK"}""", AuthErrors.LogoutFailed);
        auth.MapOperation<RefreshTokenCommand>("GET", "/refreshToken")
            .Answers(OperationExamples.Json("refresh-token"), AuthErrors.InvalidRefreshToken, AuthErrors.Unauthorized);
        auth.MapOperation<RevokeTokenCommand>("GET", "/revokeToken")
            .Answers("""{"msg":"Access_denied: token is invalid"}""", AuthErrors.TokenNotFound, AuthErrors.Unauthorized);
        auth.MapOperation<GetUserInfoQuery>("GET", "/getUserInfo").Answers(OperationExamples.Json("get-user-info"), AuthErrors.TokenNotFound);
        auth.MapOperation<ChangePasswordCommand>("POST", "/changePassword")
            .Answers("""{"msg":"Ok"}""", AuthErrors.MissingParameters, AuthErrors.BadParameters, AuthErrors.Unauthorized);
        auth.MapOperation<SetDeviceTokenCommand>("GET", "/setDeviceToken")
            .Answers("""{"msg":"ok"}""", ApiError.MissingParameters, ApiError.BadParameters, AuthErrors.Unauthorized);
        auth.MapOperation<ResetCommand>("POST", "/auth/reset").RequireLoginRateLimit().Answers("""{"msg":"OK"}""", AuthErrors.ResetFailed, ApiError.TooManyRequests);
        auth.MapOperationOn<ResetPasswordPageQuery>("GET", "/auth/reset/{token}").RequireLoginRateLimit().AnswersPage([200, 410], [], ApiError.TooManyRequests);
        auth.MapOperationOn<SetNewPasswordCommand>("POST", "/auth/reset/{token}").RequireLoginRateLimit()
            .AnswersPage([200, 400, 410], ["""{"msg":"OK"}"""], AuthErrors.ResetFailed, ApiError.TooManyRequests);
    }
}

namespace Msp.Application.Auth.Logout;

/// <summary>Spec 3.3: ends the caller's device session; the token stays valid.</summary>
public sealed record LogoutCommand : ICommand<MessageResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => AuthErrors.LogoutFailed;
}

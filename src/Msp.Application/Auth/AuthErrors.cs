namespace Msp.Application.Auth;

/// <summary>The documented failures of the Auth operations (spec 3.x, 6.6, 6.23, 6.37; docs/contract.md §3).</summary>
public static class AuthErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    public static readonly ApiError MissingUsername = ApiError.Msg(400, "Please provide username.");

    public static readonly ApiError MissingPassword = ApiError.Msg(400, "Please provide password.");

    public static readonly ApiError IncorrectCredentials = ApiError.Error(401, "Incorrect username or password.");

    public static readonly ApiError AccountNotActive = ApiError.Msg(403, "The credentials you entered did not match our records");

    public static readonly ApiError LogoutFailed = ApiError.Msg(200, "Logout KO");

    public static readonly ApiError InvalidRefreshToken = ApiError.Error(400, "The refresh token is invalid.");

    public static readonly ApiError TokenNotFound = ApiError.Msg(200, "The credentials you entered did not match our records");

    public static readonly ApiError MissingParameters = ApiError.Msg(401, "Missing parameters");

    public static readonly ApiError BadParameters = ApiError.Msg(403, "Bad parameters");

    /// <summary>Spec 3.4: a missing or malformed email.</summary>
    public static readonly ApiError ResetFailed = ApiError.Msg(403, "KO");


}

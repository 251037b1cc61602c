namespace Msp.IntegrationTests.Auth;

/// <summary>The documented bodies of the Auth operations (docs/contract.md §3 and §4), written out as the wire carries them.</summary>
internal static class AuthBodies
{
    public const string UnauthorizedClient = """{"error":"unauthorized_client"}""";

    public const string ProvideUsername = """{"msg":"Please provide username."}""";

    public const string ProvidePassword = """{"msg":"Please provide password."}""";

    public const string IncorrectCredentials = """{"error":"Incorrect username or password."}""";

    /// <summary>Login's 403 for a disabled account; also getUserInfo's and revokeToken's answer for a bad token.</summary>
    public const string NoMatch = """{"msg":"The credentials you entered did not match our records"}""";

    public const string LogoutOk = """{"msg":"Logout OK"}""";

    public const string LogoutKo = """{"msg":"Logout KO"}""";

    public const string InvalidRefreshToken = """{"error":"The refresh token is invalid."}""";

    public const string Revoked = """{"msg":"Access_denied: token is invalid"}""";

    public const string MissingParameters = """{"msg":"Missing parameters"}""";

    public const string BadParameters = """{"msg":"Bad parameters"}""";

    public const string PasswordChanged = """{"msg":"Ok"}""";

    public const string DeviceTokenSet = """{"msg":"ok"}""";

    public const string TooManyRequests = """{"error":"Too many requests. Please try again later."}""";

    public const string TooLarge = """{"error":"Request Entity Too Large"}""";

    public const string NotFound = """{"error":"Not found"}""";

    public const string MethodNotAllowed = """{"error":"Method not allowed"}""";
}

using Msp.Application.Common.Security;

namespace Msp.Api.Http;

/// <summary>
/// The access token from <c>Authorization: Bearer</c>, an <c>access_token</c> header, or the <c>access_token</c>
/// parameter; and the login cookie (docs/contract.md §1).
/// </summary>
internal static class CredentialReader
{
    public const string AccessTokenName = "access_token";

    private const string BearerPrefix = "Bearer ";

    /// <summary>Real tokens are 40 characters; anything far longer is not looked up.</summary>
    private const int MaxCredentialLength = 512;

    public static RequestCredentials Read(HttpContext http, RequestParameters parameters)
    {
        var headers = http.Request.Headers;
        var authorization = headers.Authorization.ToString();
        var token = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : headers[AccessTokenName].ToString();
        if (string.IsNullOrEmpty(token))
        {
            token = parameters[AccessTokenName];
        }

        var cookie = http.Request.Cookies[HttpSessionCookie.Name];
        return new RequestCredentials(Usable(token), Usable(cookie));
    }

    private static string? Usable(string? credential) =>
        string.IsNullOrEmpty(credential) || credential.Length > MaxCredentialLength ? null : credential;
}

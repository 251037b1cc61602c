using Msp.Application.Auth;

namespace Msp.Api.Http;

/// <summary>
/// The login cookie names a device session, not the token. HttpOnly keeps scripts from it; SameSite=Strict keeps
/// other sites from riding on it, which matters because every route also answers GET. Outside Development it is
/// always Secure: behind a TLS-terminating proxy the request reaching the API is plain http (ADR 15).
/// </summary>
internal sealed class HttpSessionCookie(IHttpContextAccessor accessor, IHostEnvironment environment) : ISessionCookie
{
    public const string Name = "msp_session";

    public void Issue(string value, DateTime expiresAtUtc)
    {
        var http = accessor.HttpContext!;
        http.Response.Cookies.Append(Name, value, Options(http, expiresAtUtc));
    }

    public void Clear()
    {
        var http = accessor.HttpContext!;
        if (http.Request.Cookies.ContainsKey(Name))
        {
            http.Response.Cookies.Delete(Name, Options(http, null));
        }
    }

    private CookieOptions Options(HttpContext http, DateTime? expiresAtUtc) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps || !environment.IsDevelopment(),
        Path = "/",
        Expires = expiresAtUtc is { } expires ? new DateTimeOffset(expires, TimeSpan.Zero) : null,
    };
}

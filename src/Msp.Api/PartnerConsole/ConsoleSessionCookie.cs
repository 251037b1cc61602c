using Msp.Api.Http;
using Msp.Application.Auth;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// The login cookie port, as the API writes it (<see cref="HttpSessionCookie"/>), except while the console signs in or
/// out: then the login command's session secret is handed to the console, which keeps it inside its own idle-expiring
/// cookie, and no <c>msp_session</c> cookie reaches the browser (it would outlive the console's idle expiry).
/// </summary>
internal sealed class ConsoleSessionCookie(HttpSessionCookie api, IHttpContextAccessor accessor) : ISessionCookie
{
    private static readonly object Marker = new();

    /// <summary>Marks the request as the console's: the login's session secret is captured instead of set as a cookie.</summary>
    public static void Capture(HttpContext http) => http.Items[Marker] = null;

    /// <summary>The session secret the login command issued during this request, if it did.</summary>
    public static string? Captured(HttpContext http) => http.Items.TryGetValue(Marker, out var value) ? value as string : null;

    public void Issue(string value, DateTime expiresAtUtc)
    {
        if (accessor.HttpContext is { } http && http.Items.ContainsKey(Marker))
        {
            http.Items[Marker] = value;
            return;
        }

        api.Issue(value, expiresAtUtc);
    }

    public void Clear()
    {
        if (accessor.HttpContext is { } http && http.Items.ContainsKey(Marker))
        {
            return;
        }

        api.Clear();
    }
}

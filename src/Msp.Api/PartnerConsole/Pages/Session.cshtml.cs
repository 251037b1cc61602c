using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Msp.Application.Auth.RevokeToken;

namespace Msp.Api.PartnerConsole.Pages;

/// <summary>
/// <c>/console/session</c>: what the header's forms change. Sign-out revokes the session's token (so the device session
/// ends on the platform, not only in this browser) and drops the cookie; the language and the msp admin's partner are
/// kept in the session's cookie.
/// </summary>
public sealed class SessionModel : ConsolePage
{
    public IActionResult OnGet() => Redirect("/console/users");

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        ConsoleSessionCookie.Capture(HttpContext);
        await SendAsync(new RevokeTokenCommand());
        await HttpContext.SignOutAsync(ConsoleSession.Scheme);
        return Redirect("/console?signedout=1");
    }

    public async Task<IActionResult> OnPostLanguageAsync(string? language, string? back)
    {
        if (ConsoleTexts.IsOffered(language))
        {
            await HttpContext.SignInAsync(ConsoleSession.Scheme, (Session with { Language = language! }).ToPrincipal());
        }

        return LocalRedirect(Back(back));
    }

    /// <summary>Only the msp admin picks; a partner admin's pick changes nothing (its partner is its own, whatever it posts).</summary>
    public async Task<IActionResult> OnPostPartnerAsync(long? partner, string? back)
    {
        if (IsPlatformAdmin && Partners.Any(p => p.Id == partner))
        {
            await HttpContext.SignInAsync(ConsoleSession.Scheme, (Session with { ChosenPartnerId = partner }).ToPrincipal());
            return LocalRedirect("/console/users");
        }

        return LocalRedirect(Back(back));
    }

    /// <summary>Back to the console page the form was on; anything that is not one goes to the users.</summary>
    private static string Back(string? back) =>
        back is { Length: > 0 } && back.StartsWith("/console/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal)
            ? back
            : "/console/users";
}

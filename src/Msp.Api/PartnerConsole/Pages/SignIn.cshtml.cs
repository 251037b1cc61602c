using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msp.Api.PartnerConsole.Reads;
using Msp.Application.Auth;
using Msp.Application.Auth.Login;
using Msp.Application.Auth.RevokeToken;
using Msp.Domain.Accounts;

namespace Msp.Api.PartnerConsole.Pages;

/// <summary>
/// <c>/console</c>: the sign-in. The form's <c>email</c> and <c>password</c> go to the platform's login command, so the
/// same lockout counts every guess (ADR 15) and the same per-address limit counts every attempt, together with the API's
/// logins and resets. A partner admin or the msp admin gets a console session; an end user or a service account that
/// gave the right password is refused, and the token the login made is revoked at once.
/// </summary>
public sealed class SignInModel : ConsolePageBase
{
    public string? Email { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsFailure { get; private set; }

    /// <summary>The language asked for in the address (<c>?lang=fr</c>, the page's language links), else the browser's.</summary>
    protected override string PageLanguage() =>
        Request.Query["lang"].ToString() is var asked && ConsoleTexts.IsOffered(asked) ? asked : base.PageLanguage();

    public IActionResult OnGet(string? ended, string? signedout)
    {
        if (ended is not null)
        {
            (Message, MessageIsFailure) = (T["signin.expired"], true);
        }
        else if (signedout is not null)
        {
            Message = T["signedout"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password)
    {
        Email = email;
        var http = HttpContext;
        var operations = http.RequestServices.GetRequiredService<ConsoleOperations>();
        if (!await operations.WithinLoginLimitAsync(http.RequestAborted))
        {
            return Failed("signin.toomany", StatusCodes.Status429TooManyRequests);
        }

        ConsoleSessionCookie.Capture(http);
        var login = await operations.SendAsync(new LoginCommand(email, password, null, "Web"), null, http.RequestAborted);
        if (!login.IsSuccess)
        {
            var error = login.Error!;
            return error == AuthErrors.AccountNotActive ? Failed("signin.disabled", StatusCodes.Status403Forbidden)
                : error.Status == StatusCodes.Status400BadRequest ? Failed("signin.missing", StatusCodes.Status400BadRequest)
                : Failed("signin.wrong", StatusCodes.Status401Unauthorized);
        }

        var secret = ConsoleSessionCookie.Captured(http)!;
        var context = await operations.SendAsync(new ConsoleContextQuery(null), secret, http.RequestAborted);
        if (!context.IsSuccess || context.Value.Role is not (Role.PartnerAdmin or Role.MspAdmin))
        {
            // The password was right, but this console is not for this account: its new token is revoked at once.
            await operations.SendAsync(new RevokeTokenCommand(), secret, http.RequestAborted);
            return Failed("signin.refused", StatusCodes.Status403Forbidden);
        }

        var info = login.Value.UserInfo;
        var language = ConsoleTexts.IsOffered(info.Language) ? info.Language : "en";
        var session = new ConsoleSession(
            info.Id,
            context.Value.Role,
            context.Value.Role == Role.PartnerAdmin ? context.Value.PartnerId : null,
            context.Value.Role == Role.MspAdmin ? context.Value.PartnerId : null,
            language,
            $"{info.Name} {info.Lastname}".Trim() is { Length: > 0 } name ? name : info.Username,
            secret);
        await http.SignInAsync(ConsoleSession.Scheme, session.ToPrincipal());
        return Redirect("/console/users");
    }

    private PageResult Failed(string key, int status)
    {
        (Message, MessageIsFailure) = (T[key], true);
        Response.StatusCode = status;
        return Page();
    }
}

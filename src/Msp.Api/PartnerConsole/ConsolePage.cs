using System.Security.Cryptography;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Msp.Api.PartnerConsole.Reads;
using Msp.Application.Auth.Reset;
using Msp.Application.Common.Results;
using Msp.Domain.Accounts;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// Every console page: no caching, no framing, no referrer, and a content security policy that runs no script and
/// admits only its own nonce'd style and images (the partner's logo). Its texts are in the reader's language.
/// </summary>
public abstract class ConsolePageBase : PageModel
{
    private ConsoleTexts? _texts;

    /// <summary>The style element's nonce, new for every answer.</summary>
    public string Nonce { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    internal ConsoleTexts T => _texts ??= ConsoleTexts.For(PageLanguage());

    /// <summary>The language of a page nobody is signed in to: the browser's first that the console offers.</summary>
    protected virtual string PageLanguage()
    {
        var accepted = Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1);
        return accepted.Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant()).FirstOrDefault(ConsoleTexts.IsOffered) ?? "en";
    }

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ConsoleHeaders.Apply(HttpContext, Nonce);
        return next();
    }
}

/// <summary>
/// A page behind the sign-in: the console session is read from its cookie, and the platform asked whether its device
/// session still lives (a revoked token, a disabled account or an idle cookie sends the reader back to the sign-in).
/// </summary>
public abstract class ConsolePage : ConsolePageBase
{
    private ConsoleSession? _session;

    private ConsoleContext? _context;

    internal ConsoleSession Session => _session ?? throw new InvalidOperationException("Not signed in.");

    internal ConsoleContext Context => _context ?? throw new InvalidOperationException("Not signed in.");

    /// <summary>The partner the page is about (a partner admin's own, the msp admin's pick); null when there is none to show.</summary>
    public long? PartnerId => _context?.PartnerId;

    public bool IsPlatformAdmin => _context?.Role == Role.MspAdmin;

    internal PartnerLook? Look => _context?.Look;

    internal IReadOnlyList<PartnerChoice> Partners => _context?.Partners ?? [];

    public string DisplayName => _session?.DisplayName ?? "";

    /// <summary>The message of the last change (a <c>done</c> key after a redirect) or of the failure just met.</summary>
    public string? Done { get; private set; }

    public string? Failure { get; protected set; }

    /// <summary>Set when the page's subject does not exist or is not the reader's: the page then shows only that.</summary>
    public bool NotFoundShown { get; private set; }

    protected override string PageLanguage() => _session?.Language ?? base.PageLanguage();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ConsoleHeaders.Apply(HttpContext, Nonce);
        _session = ConsoleSession.From(await HttpContext.AuthenticateAsync(ConsoleSession.Scheme));
        if (_session is null)
        {
            context.Result = Redirect("/console?ended=1");
            return;
        }

        var found = await Operations.SendAsync(new ConsoleContextQuery(_session.ChosenPartnerId), _session.SessionSecret, HttpContext.RequestAborted);
        if (!found.IsSuccess)
        {
            await HttpContext.SignOutAsync(ConsoleSession.Scheme);
            context.Result = Redirect("/console?ended=1");
            return;
        }

        _context = found.Value;
        if (Request.Query["done"].ToString() is { Length: > 0 } done && done.All(c => char.IsAsciiLetterLower(c)))
        {
            Done = T.TryGet("done." + done);
        }

        await next();
    }

    private protected ConsoleOperations Operations => HttpContext.RequestServices.GetRequiredService<ConsoleOperations>();

    private protected Task<Result<TValue>> SendAsync<TValue>(IRequest<Result<TValue>> request) =>
        Operations.SendAsync(request, Session.SessionSecret, HttpContext.RequestAborted);

    /// <summary>Shows the page's "not found" in place of its content, with the 404 status.</summary>
    protected IActionResult NotFoundPage()
    {
        NotFoundShown = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Shows the page again with the operation's refusal in the page's language, under the operation's status.</summary>
    private protected IActionResult Refused(ApiError error)
    {
        Failure = T.Error(error);
        Response.StatusCode = error.Status is >= 400 and < 600 ? error.Status : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The partner's logo as the reset pages show it (in Development the demo logos the platform serves itself).</summary>
    public string? LogoUrl => Look is { Logo.Length: > 0 } look
        ? HttpContext.RequestServices.GetRequiredService<IOptions<PasswordResetOptions>>().Value.ShownLogo(look.Logo)
        : null;
}

/// <summary>The headers every console answer carries.</summary>
internal static class ConsoleHeaders
{
    public static void Apply(HttpContext http, string nonce)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "same-origin";
        headers["X-Frame-Options"] = "DENY";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self' https: http:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }
}

using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.Extensions.Options;
using Msp.Api.PartnerConsole.Reads;
using Msp.Api.Http;
using Msp.Application.Auth;
using Msp.Application.Common.Results;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// The partner console (issue 28, ADR 32): Razor Pages under <c>/console</c> in the API's process, on the API's
/// operations. <c>Console:Enabled</c> (on by default) switches it; off, none of it is registered or mapped.
/// </summary>
internal static class ConsoleRegistration
{
    public const string AntiforgeryCookie = "msp_console_form";

    public static WebApplicationBuilder AddMspConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(ConsoleOptions.Section);
        services.Configure<ConsoleOptions>(section);
        var options = section.Get<ConsoleOptions>() ?? new ConsoleOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/PartnerConsole/Pages";
            pages.Conventions.ConfigureFilter(new ConsoleFormRefusal());
        });
        // Pages in German, French and Italian: their letters as they are, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(encoder =>
            encoder.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookie;
            antiforgery.Cookie.Path = "/console";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            // As the request came: the framework refuses to issue an Always-secure antiforgery cookie on a plain http request,
            // which is what a TLS-terminating proxy hands on. The cookie is half of a pair (the other half is in the page),
            // worth nothing alone; the session cookie is the one that is always Secure outside Development.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // The console's own headers forbid framing altogether (X-Frame-Options DENY, frame-ancestors 'none').
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddAuthentication().AddCookie(ConsoleSession.Scheme, cookie =>
        {
            cookie.Cookie.Name = ConsoleSession.CookieName;
            cookie.Cookie.Path = "/console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/console";
            cookie.LogoutPath = "/console/session";
        });
        services.AddOptions<CookieAuthenticationOptions>(ConsoleSession.Scheme).Configure<TimeProvider>((cookie, clock) => cookie.TimeProvider = clock);

        // The login's session secret goes into the console's cookie, not into an msp_session cookie of its own.
        services.AddScoped<HttpSessionCookie>();
        services.AddScoped<ISessionCookie, ConsoleSessionCookie>();
        services.AddSingleton<ConsoleOperations>();
        services.AddTransient<IRequestHandler<ConsoleContextQuery, Result<ConsoleContext>>, ConsoleContextQueryHandler>();
        services.AddTransient<IRequestHandler<ConsoleUsersQuery, Result<ConsoleUsersPage>>, ConsoleUsersQueryHandler>();
        services.AddTransient<IRequestHandler<ConsoleUserServicesQuery, Result<IReadOnlyList<ConsoleService>>>, ConsoleServicesQueryHandler>();
        services.AddTransient<IRequestHandler<ConsolePartnerServicesQuery, Result<IReadOnlyList<ConsoleService>>>, ConsoleServicesQueryHandler>();
        return builder;
    }

    /// <summary>The console's pages, none of them in the OpenAPI document: they are pages for people, not operations.</summary>
    public static WebApplication MapMspConsole(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ConsoleOptions>>().Value.Enabled)
        {
            app.MapRazorPages().ExcludeFromDescription();
        }

        return app;
    }
}

/// <summary>
/// A console form posted without its antiforgery token, or with another session's, is refused before its handler
/// runs (Razor Pages validates every POST): the refusal is a page in the reader's language, 400.
/// </summary>
internal sealed class ConsoleFormRefusal : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var session = ConsoleSession.From(await context.HttpContext.AuthenticateAsync(ConsoleSession.Scheme));
            var texts = ConsoleTexts.For(session?.Language ?? "en");
            var nonce = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            ConsoleHeaders.Apply(context.HttpContext, nonce);
            var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/html; charset=utf-8",
                Content = $$"""
                    <!DOCTYPE html>
                    <html lang="{{texts.Language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{encoder.Encode(texts["err.title"])}}</title>
                    <style nonce="{{nonce}}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b4f9c}</style></head>
                    <body><main><h1>{{encoder.Encode(texts["err.title"])}}</h1><p role="alert">{{encoder.Encode(texts["err.antiforgery"])}}</p>
                    <p><a href="/console/users">{{encoder.Encode(texts["back.users"])}}</a></p></main></body></html>
                    """,
            };
        }

        await next();
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Msp.Api.PartnerConsole;

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

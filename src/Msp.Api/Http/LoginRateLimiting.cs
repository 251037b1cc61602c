using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Api.Http;

/// <summary>Marks a route whose requests count toward the per-address login limit.</summary>
internal sealed record LoginRateLimited;

/// <summary>
/// Per client address, at most <c>Auth:LoginRequestsPerMinute</c> login and reset requests a minute (0: no limit),
/// counted in the database so the limit holds across instances (issue 13 §1); a request over it gets the documented
/// 429 with a Retry-After until the address's window ends.
/// </summary>
internal static class LoginRateLimiting
{
    public static TBuilder RequireLoginRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new LoginRateLimited());

    public static IApplicationBuilder UseLoginRateLimit(this IApplicationBuilder app) => app.UseMiddleware<LoginRateLimitMiddleware>();
}

internal sealed class LoginRateLimitMiddleware(RequestDelegate next, IOptions<AuthOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int _perMinute = options.Value.LoginRequestsPerMinute;

    public async Task InvokeAsync(HttpContext http)
    {
        if (_perMinute <= 0 || http.GetEndpoint()?.Metadata.GetMetadata<LoginRateLimited>() is null)
        {
            await next(http);
            return;
        }

        // Resolved here, not injected into this method: every request passes this middleware, and only logins use them.
        var windows = http.RequestServices.GetRequiredService<IClientAddressWindowRepository>();
        var client = http.RequestServices.GetRequiredService<IClientAddress>();
        var now = clock.GetUtcNow().UtcDateTime;
        var count = await windows.TryCountAsync(client.Value, ClientAddressEvent.LoginRequest, _perMinute, Window, now, http.RequestAborted);
        if (count.Counted)
        {
            await next(http);
            return;
        }

        var wait = TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling((count.WindowEndsUtc - now).TotalSeconds), 1, Window.TotalSeconds));
        await ResultWriter.WriteErrorAsync(http, ApiError.TooManyRequests.WithRetryAfter(wait));
    }
}

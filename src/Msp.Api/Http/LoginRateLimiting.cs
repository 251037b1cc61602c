using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Msp.Api.Endpoints;
using Msp.Application.Auth;
using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>
/// Per client address, at most <c>Auth:LoginRequestsPerMinute</c> login and reset requests a minute (0: no limit).
/// This limit is per instance by design; the per-account lockout, which matters more, lives in the database.
/// </summary>
internal static class LoginRateLimiting
{
    private static readonly ApiError TooManyRequests = ApiError.Error(StatusCodes.Status429TooManyRequests, "Too many requests. Please try again later.");

    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>()?.LoginRequestsPerMinute ?? new AuthOptions().LoginRequestsPerMinute;
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(AuthEndpoints.LoginRateLimit, http => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await ResultWriter.WriteErrorAsync(context.HttpContext, TooManyRequests);
            };
        });
    }
}

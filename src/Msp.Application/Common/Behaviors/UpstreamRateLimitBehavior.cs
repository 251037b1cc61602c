using Msp.Application.Common.Security;
using Msp.Application.Upstreams;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Counts every upstream request toward its caller's per-minute limit (ADR 25), once authentication has found the
/// caller and before validation, the subscription check, Lunchgate's cache and the upstream: past the limit the answer
/// is the documented 429 with a Retry-After until the caller's window ends, and nothing else is done. Cached answers
/// count too; the limit bounds what one account can make the API do, not what it costs the upstream.
/// </summary>
/// <remarks>
/// Its constraint keeps it out of every other request's pipeline: the container leaves out a behavior whose
/// constraint the request does not meet, so other operations do not even construct it.
/// </remarks>
public sealed class UpstreamRateLimitBehavior<TRequest, TResponse>(CallerContext context, UpstreamRateLimiter limiter)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IUpstreamRequest
    where TResponse : IFailable<TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        limiter.TryCount(context.Caller.UserId) is { } wait
            ? Task.FromResult(TResponse.Failure(ApiError.TooManyRequests.WithRetryAfter(wait)))
            : next();
}

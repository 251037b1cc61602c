using System.Globalization;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>
/// What every Docman operation does, for either Docman service: only a subscriber of the active service the route
/// names may ask (anyone else gets the operation's unauthorized body and Docman is not called); then Docman's
/// outcome becomes the documented body. The route's handler fixes the service, so no request can pick another.
/// </summary>
public abstract class DocmanRelay<TQuery, TResponse>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions)
    : IRequestHandler<TQuery, Result<TResponse>>
    where TQuery : IQuery<TResponse>
{
    public async Task<Result<TResponse>> Handle(TQuery request, CancellationToken cancellationToken)
    {
        var userId = context.Caller.UserId;
        if (!await subscriptions.IsSubscribedAsync(userId, service.Upstream, cancellationToken))
        {
            return UnauthorizedBodies.Of(typeof(TQuery));
        }

        return await RelayAsync(request, service, userId, cancellationToken);
    }

    protected abstract Task<Result<TResponse>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken);

    protected static Result<TResponse> Answer<T>(DocmanOutcome<T> outcome, Func<T, TResponse> found) => outcome switch
    {
        DocmanOutcome<T>.Found value => found(value.Value),
        DocmanOutcome<T>.Refused refused => DocmanErrors.For(refused.Reason),
        _ => ApiError.Unexpected,
    };

    /// <summary>Docman's ids are positive integers; anything else is answered before Docman is asked.</summary>
    protected static long? PositiveId(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}

using System.Globalization;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman;

/// <summary>
/// What every Docman operation does, for either Docman service: only a subscriber of the active service the route
/// names may ask (anyone else gets the operation's unauthorized body and Docman is not called); then Docman's
/// outcome becomes the documented body. The route fixes the service (<see cref="IDocmanQuery{TResponse}.Service"/>),
/// so no request can pick another.
/// </summary>
public abstract class DocmanRelay<TQuery, TResponse>(CallerContext context, IUpstreamSubscriptionReader subscriptions)
    : IRequestHandler<TQuery, Result<TResponse>>
    where TQuery : IDocmanQuery<TResponse>
{
    public async Task<Result<TResponse>> Handle(TQuery request, CancellationToken cancellationToken)
    {
        var userId = context.Caller.UserId;
        if (!await subscriptions.IsSubscribedAsync(userId, request.Service.Upstream, cancellationToken))
        {
            return UnauthorizedBodies.Of(typeof(TQuery));
        }

        return await RelayAsync(request, userId, cancellationToken);
    }

    protected abstract Task<Result<TResponse>> RelayAsync(TQuery request, long userId, CancellationToken cancellationToken);

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

/// <summary>
/// A Docman operation's request, served on two routes: spec 5's (<c>/getContact</c>, Docman) and spec 10's
/// (<c>/sw/getContact</c>, SW Docman). Which service it asks is the route's (<see cref="IRouteValue"/>).
/// </summary>
public interface IDocmanQuery<TResponse> : IQuery<TResponse>, IUpstreamRequest
{
    DocmanService Service { get; }
}

using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurant;

public sealed class GetRestaurantQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, ILunchgateGateway lunchgate)
    : IRequestHandler<GetRestaurantQuery, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(GetRestaurantQuery request, CancellationToken cancellationToken) =>
        LunchgateRelay.RelayAsync(
            subscriptions,
            context.Caller.UserId,
            () => lunchgate.SearchAsync(request.Location, request.Keywords, cancellationToken),
            cancellationToken);
}

using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;

public sealed class GetRestaurantMenuQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, ILunchgateGateway lunchgate)
    : IRequestHandler<GetRestaurantMenuQuery, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(GetRestaurantMenuQuery request, CancellationToken cancellationToken) =>
        LunchgateRelay.RelayAsync(
            subscriptions,
            context.Caller.UserId,
            () => lunchgate.GetMenuAsync(
                request.RestaurantId!.Value, RestaurantRules.Day(request.Day), RestaurantRules.Limit(request.Limit), cancellationToken),
            cancellationToken);
}

using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;

public sealed class GetRestaurantProfileQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, ILunchgateGateway lunchgate)
    : IRequestHandler<GetRestaurantProfileQuery, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(GetRestaurantProfileQuery request, CancellationToken cancellationToken) =>
        LunchgateRelay.RelayAsync(
            subscriptions,
            context.Caller.UserId,
            () => lunchgate.GetProfileAsync(request.RestaurantId!.Value, cancellationToken),
            cancellationToken);
}

using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.GetCamsByUser;

public sealed class GetCamsByUserQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<GetCamsByUserQuery, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(GetCamsByUserQuery request, CancellationToken cancellationToken) =>
        MyVpnRelay.AnswerAsync(subscriptions, context.Caller.UserId, () => myVpn.GetCamsByUserAsync(context.Caller.UserId, cancellationToken), cancellationToken);
}

using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.UnsetCamServiceByUser;

public sealed class UnsetCamServiceByUserCommandHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<UnsetCamServiceByUserCommand, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(UnsetCamServiceByUserCommand request, CancellationToken cancellationToken) =>
        MyVpnRelay.AnswerAsync(subscriptions, context.Caller.UserId, () => myVpn.UnsetCamServiceByUserAsync(context.Caller.UserId, cancellationToken), cancellationToken);
}

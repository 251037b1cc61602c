using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;

public sealed class SetCamServiceByUserCommandHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<SetCamServiceByUserCommand, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(SetCamServiceByUserCommand request, CancellationToken cancellationToken) =>
        MyVpnRelay.AnswerAsync(subscriptions, context.Caller.UserId, () => myVpn.SetCamServiceByUserAsync(context.Caller.UserId, cancellationToken), cancellationToken);
}

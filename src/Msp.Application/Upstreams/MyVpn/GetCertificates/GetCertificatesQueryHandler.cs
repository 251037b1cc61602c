using System.Text.Json;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.GetCertificates;

public sealed class GetCertificatesQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<GetCertificatesQuery, Result<JsonElement>>
{
    public Task<Result<JsonElement>> Handle(GetCertificatesQuery request, CancellationToken cancellationToken) =>
        MyVpnRelay.AnswerAsync(subscriptions, context.Caller.UserId, () => myVpn.GetCertificatesAsync(context.Caller.UserId, request.Device!, cancellationToken), cancellationToken);
}

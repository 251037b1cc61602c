using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetDocInfo;

public sealed class GetDocInfoQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetDocInfoRelay<GetDocInfoQuery>(DocmanService.Docman, context, subscriptions, docman);

using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetDocInfo;

public sealed class SwGetDocInfoQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetDocInfoRelay<SwGetDocInfoQuery>(DocmanService.SwDocman, context, subscriptions, docman);

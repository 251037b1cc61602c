using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetDocsInfo;

public sealed class SwGetDocsInfoQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetDocsInfoRelay<SwGetDocsInfoQuery>(DocmanService.SwDocman, context, subscriptions, docman);

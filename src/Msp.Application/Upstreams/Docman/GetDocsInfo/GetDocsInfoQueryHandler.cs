using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetDocsInfo;

public sealed class GetDocsInfoQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetDocsInfoRelay<GetDocsInfoQuery>(DocmanService.Docman, context, subscriptions, docman);

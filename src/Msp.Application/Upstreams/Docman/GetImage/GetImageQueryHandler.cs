using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetImage;

public sealed class GetImageQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetImageRelay<GetImageQuery>(DocmanService.Docman, context, subscriptions, docman);

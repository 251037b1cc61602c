using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetImage;

public sealed class SwGetImageQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetImageRelay<SwGetImageQuery>(DocmanService.SwDocman, context, subscriptions, docman);

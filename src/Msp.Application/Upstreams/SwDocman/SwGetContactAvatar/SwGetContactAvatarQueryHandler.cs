using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetContactAvatar;

public sealed class SwGetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetContactAvatarRelay<SwGetContactAvatarQuery>(DocmanService.SwDocman, context, subscriptions, docman);

using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetContactAvatar;

public sealed class GetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetContactAvatarRelay<GetContactAvatarQuery>(DocmanService.Docman, context, subscriptions, docman);

using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetNotifications;

public sealed class GetNotificationsQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetNotificationsRelay<GetNotificationsQuery>(DocmanService.Docman, context, subscriptions, docman);

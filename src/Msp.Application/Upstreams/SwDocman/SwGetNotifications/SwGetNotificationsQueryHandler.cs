using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetNotifications;

public sealed class SwGetNotificationsQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetNotificationsRelay<SwGetNotificationsQuery>(DocmanService.SwDocman, context, subscriptions, docman);

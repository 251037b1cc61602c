using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.GetNotifications;

public sealed class GetNotificationsQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<GetNotificationsQuery, NotificationList>(context, subscriptions)
{
    protected override async Task<Result<NotificationList>> RelayAsync(GetNotificationsQuery request, long userId, CancellationToken cancellationToken) =>
        Answer(await docman.GetNotificationsAsync(request.Service, userId, cancellationToken), NotificationList.Ok);
}

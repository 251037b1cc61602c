using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>Spec 5.7 / 10.7 getNotifications: the user's latest five notifications.</summary>
public abstract class GetNotificationsRelay<TQuery>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<TQuery, NotificationList>(service, context, subscriptions)
    where TQuery : IQuery<NotificationList>
{
    protected override async Task<Result<NotificationList>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken) =>
        Answer(await docman.GetNotificationsAsync(service, userId, cancellationToken), NotificationList.Ok);
}

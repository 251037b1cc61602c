namespace Msp.Application.Upstreams.Docman.GetNotifications;

/// <summary>Spec 5.7 getNotifications: the user's latest five notifications (Docman, <c>/getNotifications</c>).</summary>
public sealed record GetNotificationsQuery : IQuery<NotificationList>, IUpstreamRequest;

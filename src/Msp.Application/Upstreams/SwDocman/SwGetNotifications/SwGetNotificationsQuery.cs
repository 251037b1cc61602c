using Msp.Application.Upstreams.Docman;

namespace Msp.Application.Upstreams.SwDocman.SwGetNotifications;

/// <summary>Spec 10.7 getNotifications: the user's latest five notifications (SW Docman, <c>/sw/getNotifications</c>).</summary>
public sealed record SwGetNotificationsQuery : IQuery<NotificationList>, IUpstreamRequest;

namespace Msp.Application.Upstreams.Docman.GetNotifications;

/// <summary>
/// Spec 5.7 and 10.7 getNotifications: the user's latest five notifications.
/// </summary>
public sealed record GetNotificationsQuery(DocmanService Service) : IDocmanQuery<NotificationList>;

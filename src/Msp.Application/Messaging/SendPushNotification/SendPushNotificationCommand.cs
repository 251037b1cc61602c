using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.SendPushNotification;

/// <summary>Spec 6.31: queues a push notification to every device the user registered; answers <c>[]</c>.</summary>
public sealed record SendPushNotificationCommand(WireId? UserId, string? Text) : ICommand<IReadOnlyList<object>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError Unauthorized => MessagingErrors.ClienteNotAuthorized;
}

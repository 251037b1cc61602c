namespace Msp.Application.Messaging.SendPushNotification;

/// <summary>What GET /sendPushNotification answers.</summary>
public static class SendPushNotificationAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        "[]", MessagingErrors.NoMembers, MessagingErrors.ClienteNotAuthorized, ApiError.MissingParameters, ApiError.BadParameters, ApiError.TooManyRequests);
}

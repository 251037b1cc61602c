namespace Msp.Application.Messaging.SendPushGroup;

/// <summary>What GET /sendPushGroup answers.</summary>
public static class SendPushGroupAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        "[]", MessagingErrors.NoMembers, MessagingErrors.ClienteNotAuthorized, ApiError.MissingParameters, ApiError.BadParameters, ApiError.TooManyRequests);
}

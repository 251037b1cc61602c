namespace Msp.Application.Messaging.SendSms;

/// <summary>What GET /sendSMS answers.</summary>
public static class SendSmsAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"status":"ok","msg":"1 sms prepared"}""",
        MessagingErrors.EmptyMobilUser,
        ApiError.MissingParameters,
        ApiError.BadParameters,
        MessagingErrors.Unauthorized,
        ApiError.TooManyRequests);
}

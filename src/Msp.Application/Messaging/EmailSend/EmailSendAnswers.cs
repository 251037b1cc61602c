namespace Msp.Application.Messaging.EmailSend;

/// <summary>What POST /email/send answers.</summary>
public static class EmailSendAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"status":"ok"}""", MessagingErrors.InvalidEmail, MessagingErrors.Unauthorized);
}

namespace Msp.Application.Messaging.EmailSend;

/// <summary>Spec 6.8: queues a plain-text email; an end user may write only to its own BP's addresses.</summary>
public sealed record EmailSendCommand(string? Email, string? Subject, string? Message) : ICommand<StatusResponse>, IAuthenticatedRequest
{
    /// <summary>Past the email quota, 6.8's one documented failure (ADR 15).</summary>
    public static ApiError QuotaExceeded => MessagingErrors.InvalidEmail;
}

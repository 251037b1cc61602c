using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Messaging.EmailSend;

/// <summary>Spec 6.8: queues a plain-text email; an end user may write only to its own BP's addresses.</summary>
public sealed record EmailSendCommand(string? Email, string? Subject, string? Message) : ICommand<StatusResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => MessagingErrors.Unauthorized;
}

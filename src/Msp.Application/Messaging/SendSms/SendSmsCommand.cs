using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Messaging.SendSms;

/// <summary>Spec 6.32: queues an SMS to a user's mobile number.</summary>
public sealed record SendSmsCommand(string? UserId, string? Text) : ICommand<StatusResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => MessagingErrors.Unauthorized;
}

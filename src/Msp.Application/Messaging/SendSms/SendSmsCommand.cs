using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.SendSms;

/// <summary>
/// Spec 6.32: queues an SMS to a user's mobile number. It has no 403: a user out of reach, or unknown, gets the
/// unauthorized body (docs/contract.md §2).
/// </summary>
public sealed record SendSmsCommand(WireId? UserId, string? Text) : ICommand<StatusResponse>, ITargetUserRequest
{
    public static AllowedCallers TargetReach => AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError TargetMissing => MessagingErrors.Unauthorized;
}

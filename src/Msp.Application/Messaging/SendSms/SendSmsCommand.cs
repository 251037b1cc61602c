namespace Msp.Application.Messaging.SendSms;

/// <summary>Spec 6.32: queues an SMS to a user's mobile number.</summary>
public sealed record SendSmsCommand(WireId? UserId, string? Text) : ICommand<StatusResponse>, IAuthenticatedRequest;

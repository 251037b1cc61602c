namespace Msp.Application.MspModule.MspOperation;

/// <summary>
/// MSP_METHOD /mspPath: a message, written to the outbox in the command's transaction and sent by the dispatcher. It
/// counts toward the caller's quota (ADR 15) by itself: past it the 429, or a <c>public static ApiError QuotaExceeded</c>
/// here where the spec documents another answer.
/// </summary>
public sealed record MspOperationCommand(string? Email, string? Text) : ICommand<MessageResponse>, IAuthenticatedRequest;

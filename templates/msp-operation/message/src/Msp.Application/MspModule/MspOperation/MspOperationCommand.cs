namespace Msp.Application.MspModule.MspOperation;

/// <summary>MSP_METHOD /mspPath: a message, written to the outbox in the command's transaction and sent by the dispatcher.</summary>
public sealed record MspOperationCommand(string? Email, string? Text) : ICommand<MessageResponse>, IAuthenticatedRequest;

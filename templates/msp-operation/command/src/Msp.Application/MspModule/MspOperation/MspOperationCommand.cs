namespace Msp.Application.MspModule.MspOperation;

/// <summary>MSP_METHOD /mspPath: the spec's parameters, by the spec's names, as text (ADR 4). Runs in one transaction.</summary>
public sealed record MspOperationCommand(WireId? Id) : ICommand<MessageResponse>, IAuthenticatedRequest;

namespace Msp.Application.MspModule.MspOperation;

/// <summary>MSP_METHOD /mspPath: the spec's parameters, by the spec's names, as text (ADR 4).</summary>
public sealed record MspOperationQuery(WireId? Id) : IQuery<MessageResponse>, IAuthenticatedRequest;

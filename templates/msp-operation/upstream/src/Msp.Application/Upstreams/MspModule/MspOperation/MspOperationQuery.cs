namespace Msp.Application.Upstreams.MspModule.MspOperation;

/// <summary>MSP_METHOD /mspPath: asks MspModule on the calling subscriber's behalf.</summary>
public sealed record MspOperationQuery : IQuery<MessageResponse>, IUpstreamRequest;

using Msp.Application.Upstreams.MspModule.MspOperation;

namespace Msp.Infrastructure.Upstreams.MspModule;

/// <summary>MspOperation in Sandbox mode (Development): the spec's example answer, for everyone.</summary>
public sealed class MspOperationSandboxGateway : IMspOperationGateway
{
    private static readonly MspOperationOutcome Example = new MspOperationOutcome.Answered("ok");

    public Task<MspOperationOutcome> MspOperationAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(Example);
}

namespace Msp.Application.Upstreams.MspModule.MspOperation;

/// <summary>
/// What this operation asks of MspModule. Its adapters (Infrastructure/Upstreams/MspModule/MspOperationHttpGateway and
/// MspOperationSandboxGateway) are registered by convention, behind MspModule's client, timeouts and circuit breaker.
/// </summary>
public interface IMspOperationGateway
{
    /// <summary>Never throws for an upstream failure: that is <see cref="MspOperationOutcome.Unavailable"/>.</summary>
    Task<MspOperationOutcome> MspOperationAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>Every answer the upstream can give, closed: the handler maps each to a documented body.</summary>
public abstract record MspOperationOutcome
{
    private MspOperationOutcome()
    {
    }

    public sealed record Answered(string Msg) : MspOperationOutcome;

    /// <summary>Refused, timed out, failed, answered garbage, or its circuit is open; the adapter has logged why.</summary>
    public sealed record Unavailable : MspOperationOutcome;
}

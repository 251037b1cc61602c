namespace Msp.Application.MspModule.MspOperation;

/// <summary>
/// The writes of this operation alone; its adapter (Infrastructure/MspModule/MspOperationRepository.cs) is registered by
/// convention. Move it to the module's Ports.cs only when a second operation needs it.
/// </summary>
public interface IMspOperationRepository
{
    /// <summary>False when there is no such row.</summary>
    Task<bool> TouchAsync(long id, DateTime nowUtc, CancellationToken cancellationToken);
}

namespace Msp.Application.Services;

/// <summary>A service of the catalogue, as its switches need it.</summary>
public sealed record ServiceState(long Id, long? OwnerAccountId, bool Active);

public interface IServiceRepository
{
    Task<ServiceState?> FindAsync(long serviceId, CancellationToken cancellationToken);

    /// <summary>Switches the service on or off; false when it already was so (a concurrent switch included).</summary>
    Task<bool> SwitchAsync(long serviceId, bool active, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Whether the BP offers the service to its users.</summary>
    Task<bool> IsOfferedByAsync(long partnerId, long serviceId, CancellationToken cancellationToken);

    /// <summary>Subscribes the account to the service; nothing changes when it already is.</summary>
    Task SubscribeAsync(long accountId, long serviceId, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Ends the account's subscription to the service; nothing changes when there is none.</summary>
    Task UnsubscribeAsync(long accountId, long serviceId, CancellationToken cancellationToken);
}

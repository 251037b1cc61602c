using Msp.Domain.Addresses;

namespace Msp.Application.Hardware;

/// <summary>The devices of addresses, found by a device's MAC and saved after a report changed them (updateMACstatus, updateIP).</summary>
public interface IDeviceRepository
{
    /// <summary>
    /// The devices of the address whose slot <paramref name="kind"/> holds <paramref name="mac"/> (canonical): a MAC
    /// belongs to one address at a time (ADR 26). With <paramref name="serviceId"/>, null unless the address's user is
    /// subscribed to that service (a service caller's reach, docs/contract.md §2).
    /// </summary>
    Task<AddressDevices?> FindByMacAsync(DeviceSlotKind kind, string mac, long? serviceId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the statuses and the ISG's IP of <paramref name="devices"/>, only if the address is still at the version
    /// they were read at; false when someone changed its devices meanwhile (read again and redo the change).
    /// </summary>
    Task<bool> SaveAsync(AddressDevices devices, DateTime nowUtc, CancellationToken cancellationToken);
}

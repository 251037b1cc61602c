using Msp.Application.Common.Security;
using Msp.Domain.Accounts;
using Msp.Domain.Addresses;

namespace Msp.Application.Hardware;

/// <summary>
/// A device's report (updateMACstatus, updateIP) applied to the address within the caller's reach whose slot holds the
/// device's MAC, its one owner (ADR 26): load, change in the domain, save at the version read. A save that finds the
/// address changed meanwhile reads again and redoes the change, so concurrent reports about one address are all kept
/// (ADR 18).
/// </summary>
public static class DeviceReports
{
    /// <summary>
    /// Enough for every writer of one address to get its turn: on SQLite the second attempt already runs inside the
    /// command's write transaction, which no other writer can enter; on SQL Server each conflict means another report
    /// was saved.
    /// </summary>
    private const int MaxAttempts = 5;

    /// <summary>False when no address within reach has <paramref name="mac"/> in slot <paramref name="kind"/>.</summary>
    public static async Task<bool> ApplyReportAsync(
        this IDeviceRepository devices,
        Caller caller,
        DeviceSlotKind kind,
        string mac,
        Func<AddressDevices, AddressDevices> change,
        DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        // A service reaches the addresses of its subscribers only; a service account owning no service reaches none.
        long? serviceId = caller.Role == Role.Service ? caller.ServiceId ?? 0 : null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await devices.FindByMacAsync(kind, mac, serviceId, cancellationToken) is not { } address)
            {
                return false;
            }

            if (await devices.SaveAsync(change(address), nowUtc, cancellationToken))
            {
                return true;
            }
        }

        throw new InvalidOperationException($"The devices of the address with {kind} {mac} kept changing during {MaxAttempts} attempts to save a report.");
    }
}

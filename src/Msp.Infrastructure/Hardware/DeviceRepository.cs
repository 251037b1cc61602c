using Dapper;
using Msp.Application.Hardware;
using Msp.Domain.Addresses;
using Msp.Infrastructure.Addresses;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Hardware;

/// <summary>
/// The devices of addresses for device reports. A device is found through the registry of device MACs, whose primary key
/// is the canonical MAC, so a lookup is one seek and finds its one owner (migration 0031, ADR 26); saves are
/// version-checked single statements (ADR 18).
/// </summary>
public sealed class DeviceRepository(DbSession db) : IDeviceRepository
{
    /// <summary>
    /// The address whose slot holds the MAC, if a service reaches it (it serves the address's user, docs/contract.md §2) or
    /// the caller reaches every address.
    /// </summary>
    private const string FindByMacSql = """
        SELECT a.id, a.devices_version, a.isg_ip, a.updated_isg_at,
               a.isg_mac, a.isg_mac_status, a.isg_mac_status_date, a.isg_mac_activated_at,
               a.ata_mac, a.ata_mac_status, a.ata_mac_status_date, a.ata_mac_activated_at,
               a.phone_mac, a.phone_mac_status, a.phone_mac_status_date, a.phone_mac_activated_at,
               a.smb1_mac, a.smb1_mac_status, a.smb1_mac_status_date, a.smb1_mac_activated_at,
               a.smb2_mac, a.smb2_mac_status, a.smb2_mac_status_date, a.smb2_mac_activated_at,
               a.smb3_mac, a.smb3_mac_status, a.smb3_mac_status_date, a.smb3_mac_activated_at,
               a.smb4_mac, a.smb4_mac_status, a.smb4_mac_status_date, a.smb4_mac_activated_at
        FROM device_macs d
        INNER JOIN addresses a ON a.id = d.address_id
        WHERE d.mac = @Mac AND d.slot = @Slot
          AND (@ServiceScoped = 0
               OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.account_id = a.account_id AND s.service_id = @ServiceId))
        """;

    /// <summary>Writes what device reports change, only at the version read; the version moves on.</summary>
    private const string SaveSql = """
        UPDATE addresses SET
            isg_ip = @IsgIp, updated_isg_at = @IsgUpdatedAt,
            isg_mac_status = @isg_mac_status, isg_mac_status_date = @isg_mac_status_date, isg_mac_activated_at = @isg_mac_activated_at,
            ata_mac_status = @ata_mac_status, ata_mac_status_date = @ata_mac_status_date, ata_mac_activated_at = @ata_mac_activated_at,
            phone_mac_status = @phone_mac_status, phone_mac_status_date = @phone_mac_status_date, phone_mac_activated_at = @phone_mac_activated_at,
            smb1_mac_status = @smb1_mac_status, smb1_mac_status_date = @smb1_mac_status_date, smb1_mac_activated_at = @smb1_mac_activated_at,
            smb2_mac_status = @smb2_mac_status, smb2_mac_status_date = @smb2_mac_status_date, smb2_mac_activated_at = @smb2_mac_activated_at,
            smb3_mac_status = @smb3_mac_status, smb3_mac_status_date = @smb3_mac_status_date, smb3_mac_activated_at = @smb3_mac_activated_at,
            smb4_mac_status = @smb4_mac_status, smb4_mac_status_date = @smb4_mac_status_date, smb4_mac_activated_at = @smb4_mac_activated_at,
            devices_version = devices_version + 1,
            updated_at = @Now
        WHERE id = @AddressId AND devices_version = @Version
        """;

    public async Task<AddressDevices?> FindByMacAsync(DeviceSlotKind kind, string mac, long? serviceId, CancellationToken cancellationToken)
    {
        var parameters = new { Mac = mac, Slot = DeviceSlotColumns.All[kind], ServiceScoped = serviceId is null ? 0 : 1, ServiceId = serviceId ?? 0 };
        return await db.QuerySingleOrDefaultAsync<dynamic>(FindByMacSql, parameters, cancellationToken) is IDictionary<string, object?> row
            ? Read(row)
            : null;
    }

    public async Task<bool> SaveAsync(AddressDevices devices, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new
        {
            devices.AddressId,
            devices.Version,
            devices.IsgIp,
            devices.IsgUpdatedAt,
            Now = nowUtc,
        });
        DeviceSlotColumns.Write(devices.Slots, DeviceSlotColumns.All, parameters);
        return await db.ExecuteAsync(SaveSql, parameters, cancellationToken) == 1;
    }

    private static AddressDevices Read(IDictionary<string, object?> row) => new(
        Convert.ToInt64(row["id"], System.Globalization.CultureInfo.InvariantCulture),
        Convert.ToInt64(row["devices_version"], System.Globalization.CultureInfo.InvariantCulture),
        DeviceSlotColumns.Read(row, DeviceSlotColumns.All),
        (string)row["isg_ip"]!,
        DeviceSlotColumns.Time(row["updated_isg_at"]));
}

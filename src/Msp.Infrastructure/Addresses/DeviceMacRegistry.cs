namespace Msp.Infrastructure.Addresses;

/// <summary>
/// <c>device_macs</c> (migration 0031, ADR 26): a row for each MAC in a device slot, naming the address and the slot that
/// hold it. Its primary key, the MAC, is what keeps a device at one address and in one slot; the device reports find
/// their address through it. Whatever writes a slot's MAC writes these rows in the same transaction.
/// </summary>
internal static class DeviceMacRegistry
{
    /// <summary>
    /// Registers the devices of address <c>@AddressId</c> from its row as written, so the registry cannot disagree with
    /// the slots. A MAC another address holds, or one in two of its slots, fails the statement as a unique violation.
    /// </summary>
    public const string RegisterSql = """
        INSERT INTO device_macs (mac, address_id, slot)
        SELECT isg_mac, id, 'isg' FROM addresses WHERE id = @AddressId AND isg_mac <> ''
        UNION ALL SELECT smb1_mac, id, 'smb1' FROM addresses WHERE id = @AddressId AND smb1_mac <> ''
        UNION ALL SELECT smb2_mac, id, 'smb2' FROM addresses WHERE id = @AddressId AND smb2_mac <> ''
        UNION ALL SELECT smb3_mac, id, 'smb3' FROM addresses WHERE id = @AddressId AND smb3_mac <> ''
        UNION ALL SELECT smb4_mac, id, 'smb4' FROM addresses WHERE id = @AddressId AND smb4_mac <> ''
        UNION ALL SELECT ata_mac, id, 'ata' FROM addresses WHERE id = @AddressId AND ata_mac <> ''
        UNION ALL SELECT phone_mac, id, 'phone' FROM addresses WHERE id = @AddressId AND phone_mac <> ''
        """;

    /// <summary>Frees the MACs of address <c>@AddressId</c>: before the address is deleted, or its slots registered again.</summary>
    public const string ReleaseSql = "DELETE FROM device_macs WHERE address_id = @AddressId";
}

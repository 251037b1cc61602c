namespace Msp.Domain.Addresses;

/// <summary>The places for a device at an address: the ISG, the ATA, the phone and up to four set-top boxes (SMB).</summary>
public enum DeviceSlotKind
{
    Isg,
    Ata,
    Phone,
    Smb1,
    Smb2,
    Smb3,
    Smb4,
}

/// <summary>
/// The device in one slot: its MAC (canonical, <see cref="MacAddress"/>; empty when none), its status (0 unconfirmed,
/// 1 active: updateMACstatus sets it) and when that status was last set.
/// </summary>
public sealed record DeviceSlot(string Mac, int Status, DateTime? StatusDate)
{
    public static DeviceSlot Empty { get; } = new("", 0, null);

    /// <summary>
    /// The slot after a MAC is written to it. A new MAC is a new device: its status and status date start over, since
    /// the old device's activation says nothing about it. The MAC it already has, or none, keeps both (ADR 9).
    /// </summary>
    public DeviceSlot WithMac(string? mac) => mac is null || mac == Mac ? this : new DeviceSlot(mac, 0, null);
}

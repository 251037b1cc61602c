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
/// 1 active: updateMACstatus sets it), when that status was last set, and when it last became 1 (getSMB's
/// <c>activation</c>; ADR 18).
/// </summary>
public sealed record DeviceSlot(string Mac, int Status, DateTime? StatusDate, DateTime? ActivatedAt = null)
{
    public static DeviceSlot Empty { get; } = new("", 0, null);

    /// <summary>
    /// The slot after a MAC is written to it. A new MAC is a new device: its status, status date and activation start
    /// over, since the old device's say nothing about it. The MAC it already has, or none, keeps them (ADR 9).
    /// </summary>
    public DeviceSlot WithMac(string? mac) => mac is null || mac == Mac ? this : new DeviceSlot(mac, 0, null);

    /// <summary>
    /// The slot after its device reported its status (updateMACstatus): the status and its date are set every time; the
    /// activation moves only when the status becomes 1 from something else, so repeating "active" keeps the date the
    /// device went live, and going back to 0 keeps the date it last did.
    /// </summary>
    public DeviceSlot WithStatus(bool active, DateTime nowUtc)
    {
        if (Mac.Length == 0)
        {
            throw new InvalidOperationException("A slot without a device has no status to set.");
        }

        var status = active ? 1 : 0;
        return new DeviceSlot(Mac, status, nowUtc, active && Status != 1 ? nowUtc : ActivatedAt);
    }
}

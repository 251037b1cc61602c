namespace Msp.Domain.Addresses;

/// <summary>
/// The devices of one address, slot by slot: what addressUpdate, checkHardware, updateMACstatus and updateIP read and
/// change. Each rule about a device lives in <see cref="DeviceSlot"/>, so it is written once for all seven slots.
/// </summary>
public sealed class DeviceSlots
{
    private readonly Dictionary<DeviceSlotKind, DeviceSlot> _slots;

    /// <summary>No device in any slot: a new address before its MACs are written.</summary>
    public static DeviceSlots None { get; } = new(new Dictionary<DeviceSlotKind, DeviceSlot>());

    public DeviceSlots(IReadOnlyDictionary<DeviceSlotKind, DeviceSlot> slots)
    {
        _slots = Enum.GetValues<DeviceSlotKind>().ToDictionary(kind => kind, kind => slots.GetValueOrDefault(kind, DeviceSlot.Empty));
    }

    public DeviceSlot this[DeviceSlotKind kind] => _slots[kind];

    /// <summary>Writes the given MACs (null: leave the slot alone), each through <see cref="DeviceSlot.WithMac"/>.</summary>
    public DeviceSlots WithMacs(IReadOnlyDictionary<DeviceSlotKind, string?> macs) =>
        new(_slots.ToDictionary(slot => slot.Key, slot => slot.Value.WithMac(macs.GetValueOrDefault(slot.Key))));

    /// <summary>Sets the status of the device in slot <paramref name="kind"/> through <see cref="DeviceSlot.WithStatus"/>; the others stay.</summary>
    public DeviceSlots WithStatus(DeviceSlotKind kind, bool active, DateTime nowUtc) =>
        new(_slots.ToDictionary(slot => slot.Key, slot => slot.Key == kind ? slot.Value.WithStatus(active, nowUtc) : slot.Value));

    /// <summary>
    /// A MAC that stands in two slots, or null. A MAC names one device, and a device is in one slot at a time: one MAC in
    /// two slots would be one box counted twice, with two statuses (ADR 26).
    /// </summary>
    public string? RepeatedMac => _slots.Values
        .Where(slot => slot.Mac.Length > 0)
        .GroupBy(slot => slot.Mac, StringComparer.Ordinal)
        .FirstOrDefault(slots => slots.Count() > 1)?.Key;
}

using System.Globalization;
using Dapper;
using Msp.Domain.Addresses;

namespace Msp.Infrastructure.Addresses;

/// <summary>
/// The device slots of an address as the addresses table holds them (<c>&lt;slot&gt;_mac</c>, <c>_mac_status</c>,
/// <c>_mac_status_date</c>, <c>_mac_activated_at</c>). All seven take device reports; smb4 is not writable through
/// addressUpdate (ADR 9).
/// </summary>
internal static class DeviceSlotColumns
{
    /// <summary>The slots addressUpdate writes, and their column prefixes, which are also the parameter prefixes of the statements.</summary>
    public static readonly IReadOnlyDictionary<DeviceSlotKind, string> Writable = new Dictionary<DeviceSlotKind, string>
    {
        [DeviceSlotKind.Isg] = "isg",
        [DeviceSlotKind.Smb1] = "smb1",
        [DeviceSlotKind.Smb2] = "smb2",
        [DeviceSlotKind.Smb3] = "smb3",
        [DeviceSlotKind.Ata] = "ata",
        [DeviceSlotKind.Phone] = "phone",
    };

    /// <summary>Every slot (updateMACstatus, updateIP), with its column prefix, which is also its name in <c>device_macs</c>.</summary>
    public static readonly IReadOnlyDictionary<DeviceSlotKind, string> All = new Dictionary<DeviceSlotKind, string>(Writable)
    {
        [DeviceSlotKind.Smb4] = "smb4",
    };

    /// <summary>Reads the <paramref name="slots"/> from a row selected with the column names as they are.</summary>
    public static DeviceSlots Read(IDictionary<string, object?> row, IReadOnlyDictionary<DeviceSlotKind, string> slots) => new(slots.ToDictionary(
        slot => slot.Key,
        slot => new DeviceSlot(
            (string)row[$"{slot.Value}_mac"]!,
            Convert.ToInt32(row[$"{slot.Value}_mac_status"], CultureInfo.InvariantCulture),
            Time(row[$"{slot.Value}_mac_status_date"]),
            Time(row[$"{slot.Value}_mac_activated_at"]))));

    /// <summary>
    /// Adds each of the <paramref name="slots"/> as <c>@&lt;slot&gt;_mac</c>, <c>@&lt;slot&gt;_mac_status</c>,
    /// <c>@&lt;slot&gt;_mac_status_date</c>, <c>@&lt;slot&gt;_mac_activated_at</c>.
    /// </summary>
    public static void Write(DeviceSlots devices, IReadOnlyDictionary<DeviceSlotKind, string> slots, DynamicParameters parameters)
    {
        foreach (var (kind, prefix) in slots)
        {
            parameters.Add($"{prefix}_mac", devices[kind].Mac);
            parameters.Add($"{prefix}_mac_status", devices[kind].Status);
            parameters.Add($"{prefix}_mac_status_date", devices[kind].StatusDate);
            parameters.Add($"{prefix}_mac_activated_at", devices[kind].ActivatedAt);
        }
    }

    /// <summary>A stored time as SQL Server (a DateTime) or SQLite (its text) gives it back.</summary>
    public static DateTime? Time(object? value) => value switch
    {
        null => null,
        DateTime date => date,
        var text => DateTime.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}

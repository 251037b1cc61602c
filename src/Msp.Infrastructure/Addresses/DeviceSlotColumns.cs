using Dapper;
using Msp.Domain.Addresses;

namespace Msp.Infrastructure.Addresses;

/// <summary>
/// The writable device slots of an address as the addresses table holds them (<c>&lt;slot&gt;_mac</c>,
/// <c>_mac_status</c>, <c>_mac_status_date</c>); smb4 is not writable through addressUpdate (ADR 9).
/// </summary>
internal static class DeviceSlotColumns
{
    /// <summary>The slots and their column prefixes, which are also the parameter prefixes of the statements.</summary>
    public static readonly IReadOnlyDictionary<DeviceSlotKind, string> Writable = new Dictionary<DeviceSlotKind, string>
    {
        [DeviceSlotKind.Isg] = "isg",
        [DeviceSlotKind.Smb1] = "smb1",
        [DeviceSlotKind.Smb2] = "smb2",
        [DeviceSlotKind.Smb3] = "smb3",
        [DeviceSlotKind.Ata] = "ata",
        [DeviceSlotKind.Phone] = "phone",
    };

    /// <summary>Reads the slots from a row selected with the column names as they are.</summary>
    public static DeviceSlots Read(IDictionary<string, object?> row) => new(Writable.ToDictionary(
        slot => slot.Key,
        slot => new DeviceSlot(
            (string)row[$"{slot.Value}_mac"]!,
            Convert.ToInt32(row[$"{slot.Value}_mac_status"], System.Globalization.CultureInfo.InvariantCulture),
            row[$"{slot.Value}_mac_status_date"] switch
            {
                null => null,
                DateTime date => date,
                var text => DateTime.Parse(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture),
            })));

    /// <summary>Adds each slot as <c>@&lt;slot&gt;_mac</c>, <c>@&lt;slot&gt;_mac_status</c>, <c>@&lt;slot&gt;_mac_status_date</c>.</summary>
    public static void Write(DeviceSlots slots, DynamicParameters parameters)
    {
        foreach (var (kind, prefix) in Writable)
        {
            parameters.Add($"{prefix}_mac", slots[kind].Mac);
            parameters.Add($"{prefix}_mac_status", slots[kind].Status);
            parameters.Add($"{prefix}_mac_status_date", slots[kind].StatusDate);
        }
    }
}

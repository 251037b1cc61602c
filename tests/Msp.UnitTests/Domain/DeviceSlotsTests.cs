using Msp.Domain.Addresses;

namespace Msp.UnitTests.Domain;

public sealed class DeviceSlotsTests
{
    private static readonly DateTime Activated = new(2016, 8, 12, 10, 0, 0, DateTimeKind.Utc);

    private static readonly DeviceSlot ActiveIsg = new("AA:BB:CC:00:09:55", 1, Activated);

    [Fact]
    public void A_new_MAC_is_a_new_device_whose_status_starts_over()
    {
        Assert.Equal(new DeviceSlot("AA:BB:CC:00:09:56", 0, null), ActiveIsg.WithMac("AA:BB:CC:00:09:56"));
    }

    [Theory]
    [InlineData("AA:BB:CC:00:09:55")]
    [InlineData(null)]
    public void The_same_MAC_or_none_keeps_the_status_and_its_date(string? mac)
    {
        Assert.Same(ActiveIsg, ActiveIsg.WithMac(mac));
    }

    [Fact]
    public void Only_the_slots_given_a_MAC_change()
    {
        var slots = new DeviceSlots(new Dictionary<DeviceSlotKind, DeviceSlot>
        {
            [DeviceSlotKind.Isg] = ActiveIsg,
            [DeviceSlotKind.Ata] = new("AA:BB:CC:00:00:01", 1, Activated),
        });

        var changed = slots.WithMacs(new Dictionary<DeviceSlotKind, string?> { [DeviceSlotKind.Ata] = "AA:BB:CC:00:00:02" });

        Assert.Same(ActiveIsg, changed[DeviceSlotKind.Isg]);
        Assert.Equal(new DeviceSlot("AA:BB:CC:00:00:02", 0, null), changed[DeviceSlotKind.Ata]);
        Assert.Same(DeviceSlot.Empty, changed[DeviceSlotKind.Smb4]);
    }
}

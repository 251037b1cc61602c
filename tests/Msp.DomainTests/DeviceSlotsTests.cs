using Msp.Domain.Addresses;

namespace Msp.DomainTests;

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

    [Fact]
    public void A_MAC_in_two_slots_is_repeated()
    {
        var slots = DeviceSlots.None.WithMacs(new Dictionary<DeviceSlotKind, string?>
        {
            [DeviceSlotKind.Isg] = "AA:BB:CC:00:09:55",
            [DeviceSlotKind.Smb1] = "11:11:22:33:44:99",
            [DeviceSlotKind.Phone] = "AA:BB:CC:00:09:55",
        });

        Assert.Equal("AA:BB:CC:00:09:55", slots.RepeatedMac);
    }

    [Fact]
    public void Empty_slots_and_different_MACs_repeat_nothing()
    {
        Assert.Null(DeviceSlots.None.RepeatedMac);
        Assert.Null(DeviceSlots.None.WithMacs(new Dictionary<DeviceSlotKind, string?>
        {
            [DeviceSlotKind.Isg] = "AA:BB:CC:00:09:55",
            [DeviceSlotKind.Smb4] = "11:11:22:33:44:99",
            [DeviceSlotKind.Ata] = null,
        }).RepeatedMac);
    }

    [Fact]
    public void Giving_a_slot_the_MAC_another_slot_keeps_repeats_it_and_moving_it_does_not()
    {
        var slots = new DeviceSlots(new Dictionary<DeviceSlotKind, DeviceSlot> { [DeviceSlotKind.Isg] = ActiveIsg });

        var copied = slots.WithMacs(new Dictionary<DeviceSlotKind, string?> { [DeviceSlotKind.Smb1] = ActiveIsg.Mac });
        var moved = slots.WithMacs(new Dictionary<DeviceSlotKind, string?>
        {
            [DeviceSlotKind.Isg] = "AA:BB:CC:00:09:56",
            [DeviceSlotKind.Smb1] = ActiveIsg.Mac,
        });

        Assert.Equal(ActiveIsg.Mac, copied.RepeatedMac);
        Assert.Null(moved.RepeatedMac);
        Assert.Equal(new DeviceSlot(ActiveIsg.Mac, 0, null), moved[DeviceSlotKind.Smb1]);
    }
}

using Msp.Domain.Addresses;

namespace Msp.DomainTests;

/// <summary>What updateMACstatus and updateIP change in an address's devices (docs/contract.md §3, ADR 18).</summary>
public sealed class DeviceReportTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime T1 = T0.AddHours(1);

    private static readonly DateTime T2 = T0.AddHours(2);

    private static readonly DeviceSlot NewBox = new("11:11:22:33:44:99", 0, null);

    [Fact]
    public void Becoming_active_sets_the_status_its_date_and_the_activation()
    {
        Assert.Equal(new DeviceSlot(NewBox.Mac, 1, T0, T0), NewBox.WithStatus(active: true, T0));
    }

    [Fact]
    public void Reporting_active_again_keeps_the_activation_and_moves_the_status_date()
    {
        var active = NewBox.WithStatus(active: true, T0);

        Assert.Equal(new DeviceSlot(NewBox.Mac, 1, T1, T0), active.WithStatus(active: true, T1));
    }

    [Fact]
    public void Going_inactive_keeps_when_it_last_became_active()
    {
        var inactive = NewBox.WithStatus(active: true, T0).WithStatus(active: false, T1);

        Assert.Equal(new DeviceSlot(NewBox.Mac, 0, T1, T0), inactive);
        Assert.Equal(new DeviceSlot(NewBox.Mac, 1, T2, T2), inactive.WithStatus(active: true, T2));
    }

    [Fact]
    public void A_device_never_active_has_no_activation()
    {
        Assert.Equal(new DeviceSlot(NewBox.Mac, 0, T0, null), NewBox.WithStatus(active: false, T0));
    }

    [Fact]
    public void A_slot_without_a_device_has_no_status_to_set()
    {
        Assert.Throws<InvalidOperationException>(() => DeviceSlot.Empty.WithStatus(active: true, T0));
    }

    [Fact]
    public void A_new_MAC_drops_the_old_devices_activation()
    {
        var active = NewBox.WithStatus(active: true, T0);

        Assert.Equal(new DeviceSlot("11:11:22:33:44:98", 0, null, null), active.WithMac("11:11:22:33:44:98"));
    }

    [Fact]
    public void A_status_report_changes_its_slot_only()
    {
        var devices = Address().WithStatus(DeviceSlotKind.Smb2, active: true, T1);

        Assert.Equal(new DeviceSlot("11:11:22:33:44:77", 1, T1, T1), devices.Slots[DeviceSlotKind.Smb2]);
        Assert.Equal(NewBox, devices.Slots[DeviceSlotKind.Smb1]);
        Assert.Equal(new DeviceSlot("AA:BB:CC:00:09:55", 1, T0, T0), devices.Slots[DeviceSlotKind.Isg]);
        Assert.Equal(("8.8.8.8", (DateTime?)T0, 3L), (devices.IsgIp, devices.IsgUpdatedAt, devices.Version));
    }

    [Fact]
    public void An_IP_report_sets_the_IP_and_the_time_of_the_report_even_when_the_IP_is_the_same()
    {
        var same = Address().WithIsgIp(IpAddress.Parse("8.8.8.8")!, T1);
        var other = Address().WithIsgIp(IpAddress.Parse("2001:DB8::1")!, T2);

        Assert.Equal(("8.8.8.8", (DateTime?)T1), (same.IsgIp, same.IsgUpdatedAt));
        Assert.Equal(("2001:db8::1", (DateTime?)T2), (other.IsgIp, other.IsgUpdatedAt));
        Assert.Equal(Address().Slots[DeviceSlotKind.Isg], other.Slots[DeviceSlotKind.Isg]);
    }

    private static AddressDevices Address() => new(
        194,
        3,
        new DeviceSlots(new Dictionary<DeviceSlotKind, DeviceSlot>
        {
            [DeviceSlotKind.Isg] = new("AA:BB:CC:00:09:55", 1, T0, T0),
            [DeviceSlotKind.Smb1] = NewBox,
            [DeviceSlotKind.Smb2] = new("11:11:22:33:44:77", 0, null),
        }),
        "8.8.8.8",
        T0);
}

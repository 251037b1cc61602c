using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Application.Hardware;
using Msp.Application.Hardware.UpdateIP;
using Msp.Domain.Accounts;
using Msp.Domain.Addresses;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Hardware;

/// <summary>updateIP (spec 6.38, ADR 18, 26): the ISG's address found by its MAC within the caller's reach, saved at the version read.</summary>
public sealed class UpdateIPCommandHandlerTests
{
    private const string Mac = "00:11:22:33:44:55";

    private readonly IDeviceRepository _devices = Substitute.For<IDeviceRepository>();

    private static AddressDevices Address(long version) =>
        new(194, version, new DeviceSlots(new Dictionary<DeviceSlotKind, DeviceSlot> { [DeviceSlotKind.Isg] = new(Mac, 1, null) }), "", null);

    [Fact]
    public async Task The_IP_and_the_report_s_second_are_saved_on_the_ISG_s_address()
    {
        _devices.FindByMacAsync(DeviceSlotKind.Isg, Mac, null, Arg.Any<CancellationToken>()).Returns(Address(7));
        _devices.SaveAsync(Arg.Any<AddressDevices>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), "2001:db8::1", "00-11-22-33-44-55"), """{"msg":"OK"}""");

        var at = new DateTime(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc);
        await _devices.Received(1).SaveAsync(
            Arg.Is<AddressDevices>(a => a.AddressId == 194 && a.Version == 7 && a.IsgIp == "2001:db8::1" && a.IsgUpdatedAt == at
                && a.Slots[DeviceSlotKind.Isg] == new DeviceSlot(Mac, 1, null, null)),
            at,
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_service_looks_among_its_subscribers_only_and_one_owning_no_service_among_none()
    {
        await Handle(TestData.CallerAs(Role.Service, 911, serviceId: 4), "192.0.2.1", Mac);
        await Handle(TestData.CallerAs(Role.Service, 912), "192.0.2.1", Mac);

        await _devices.Received(1).FindByMacAsync(DeviceSlotKind.Isg, Mac, 4, Arg.Any<CancellationToken>());
        await _devices.Received(1).FindByMacAsync(DeviceSlotKind.Isg, Mac, 0, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_ISG_nowhere_within_reach_is_an_invalid_ISG_MAC_and_nothing_is_saved()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), "192.0.2.1", Mac), 402, """{"msg":"Invalid ISG MAC"}""");
        await _devices.DidNotReceiveWithAnyArgs().SaveAsync(default!, default, default);
    }

    [Fact]
    public async Task A_save_that_finds_the_address_changed_reads_it_again_and_redoes_the_change()
    {
        _devices.FindByMacAsync(DeviceSlotKind.Isg, Mac, null, Arg.Any<CancellationToken>()).Returns(Address(7), Address(8));
        _devices.SaveAsync(Arg.Is<AddressDevices>(a => a.Version == 7), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(false);
        _devices.SaveAsync(Arg.Is<AddressDevices>(a => a.Version == 8), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), "192.0.2.1", Mac), """{"msg":"OK"}""");
        await _devices.Received(1).SaveAsync(Arg.Is<AddressDevices>(a => a.Version == 8 && a.IsgIp == "192.0.2.1"), Arg.Any<DateTime>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_address_that_keeps_changing_gives_up_after_five_attempts()
    {
        _devices.FindByMacAsync(DeviceSlotKind.Isg, Mac, null, Arg.Any<CancellationToken>()).Returns(Address(7));
        _devices.SaveAsync(Arg.Any<AddressDevices>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Handle(TestData.CallerAs(Role.MspAdmin, 1), "192.0.2.1", Mac));
        await _devices.Received(5).SaveAsync(Arg.Any<AddressDevices>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>());
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, string ip, string mac)
    {
        // A clock a fraction past the second: the report is recorded on the whole second (RecordNow).
        var clock = TestData.Clock();
        clock.Advance(TimeSpan.FromMilliseconds(640));
        return new UpdateIPCommandHandler(TestData.ContextOf(caller), _devices, clock)
            .Handle(new UpdateIPCommand(WireIp.FromText(ip), WireMac.FromText(mac)), CancellationToken.None);
    }
}

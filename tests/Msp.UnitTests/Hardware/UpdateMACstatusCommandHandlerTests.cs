using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Application.Hardware;
using Msp.Application.Hardware.UpdateMACstatus;
using Msp.Domain.Accounts;
using Msp.Domain.Addresses;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Hardware;

/// <summary>updateMACstatus (spec 6.39, ADR 18, 26): the slot of that type holding the MAC, its status set through the domain.</summary>
public sealed class UpdateMACstatusCommandHandlerTests
{
    private const string Mac = "AA:BB:CC:00:11:22";

    private static readonly DateTime At = new(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    private readonly IDeviceRepository _devices = Substitute.For<IDeviceRepository>();

    private static AddressDevices Address(DeviceSlot smb1) =>
        new(194, 3, new DeviceSlots(new Dictionary<DeviceSlotKind, DeviceSlot> { [DeviceSlotKind.Smb1] = smb1 }), "", null);

    [Fact]
    public async Task The_device_becomes_active_with_its_status_date_and_activation_and_the_answer_is_OK()
    {
        var inactive = new DeviceSlot(Mac, 0, null);
        _devices.FindByMacAsync(DeviceSlotKind.Smb1, Mac, null, Arg.Any<CancellationToken>()).Returns(Address(inactive));
        _devices.SaveAsync(Arg.Any<AddressDevices>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), "aa-bb-cc-00-11-22", "1", "SMB1"), """{"msg":"OK"}""");
        await _devices.Received(1).SaveAsync(
            Arg.Is<AddressDevices>(a => a.Slots[DeviceSlotKind.Smb1] == new DeviceSlot(Mac, 1, At, At)), At, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_MAC_nowhere_in_that_slot_within_reach_is_not_found_and_nothing_is_saved()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.Service, 910, serviceId: 3), Mac, "0", "smb1"), 403, """{"msg":"MAC not found"}""");
        await _devices.Received(1).FindByMacAsync(DeviceSlotKind.Smb1, Mac, 3, Arg.Any<CancellationToken>());
        await _devices.DidNotReceiveWithAnyArgs().SaveAsync(default!, default, default);
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, string mac, string status, string type) =>
        new UpdateMACstatusCommandHandler(TestData.ContextOf(caller), _devices, TestData.Clock())
            .Handle(new UpdateMACstatusCommand(WireMac.FromText(mac), WireFlag.FromText(status), WireMacType.FromText(type)), CancellationToken.None);
}

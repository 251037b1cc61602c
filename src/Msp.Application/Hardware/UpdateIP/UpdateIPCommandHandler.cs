using Msp.Application.Addresses;
using Msp.Application.Common.Security;
using Msp.Domain.Addresses;

namespace Msp.Application.Hardware.UpdateIP;

/// <summary>
/// Stores the IP, and the time of the report, at the address whose ISG has that MAC (there is one at most, ADR 26); an
/// ISG out of reach is answered as one that is nowhere (docs/contract.md §2).
/// </summary>
public sealed class UpdateIPCommandHandler(CallerContext context, IDeviceRepository devices, TimeProvider clock)
    : IRequestHandler<UpdateIPCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse Updated = new("OK");

    public async Task<Result<MessageResponse>> Handle(UpdateIPCommand request, CancellationToken cancellationToken)
    {
        var ip = request.IsgIp!.Value;
        var now = clock.RecordNow();
        return await devices.ApplyReportAsync(context.Caller, DeviceSlotKind.Isg, request.IsgMac!.Value, address => address.WithIsgIp(ip, now), now, cancellationToken)
            ? Updated
            : HardwareErrors.InvalidIsgMac;
    }
}

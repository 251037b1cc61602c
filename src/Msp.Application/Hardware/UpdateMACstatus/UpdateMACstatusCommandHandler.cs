using Msp.Application.Addresses;
using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.UpdateMACstatus;

/// <summary>
/// Sets the status of the device in slot <c>type</c> at the address that has <c>mac</c> there (docs/contract.md §3; one at
/// most, ADR 26); a MAC out of reach is answered as one that is nowhere (§2).
/// </summary>
public sealed class UpdateMACstatusCommandHandler(CallerContext context, IDeviceRepository devices, TimeProvider clock)
    : IRequestHandler<UpdateMACstatusCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse Updated = new("OK");

    public async Task<Result<MessageResponse>> Handle(UpdateMACstatusCommand request, CancellationToken cancellationToken)
    {
        var kind = request.Type!.Value;
        var active = request.Status!.Value;
        var now = clock.RecordNow();
        return await devices.ApplyReportAsync(context.Caller, kind, request.Mac!.Value, address => address.WithStatus(kind, active, now), now, cancellationToken)
            ? Updated
            : HardwareErrors.MacNotFound;
    }
}

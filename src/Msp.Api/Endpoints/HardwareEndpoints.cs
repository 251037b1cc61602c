using Msp.Api.Http;
using Msp.Application.Hardware.CheckHardware;
using Msp.Application.Hardware.GetIP;
using Msp.Application.Hardware.GetSIPInfo;
using Msp.Application.Hardware.GetSMB;
using Msp.Application.Hardware.UpdateIP;
using Msp.Application.Hardware.UpdateMACstatus;

namespace Msp.Api.Endpoints;

internal static class HardwareEndpoints
{
    public static void MapHardwareEndpoints(this IEndpointRouteBuilder app)
    {
        var hardware = app.MapModule("Hardware", "The devices of an installation: hardware checks, ISG addresses, MAC status, SMB boxes and SIP accounts.");
        hardware.MapOperation<CheckHardwareQuery>("GET", "/checkHardware");
        hardware.MapOperation<GetIPQuery>("GET", "/getIP");
        hardware.MapOperation<GetSIPInfoQuery>("GET", "/getSIPInfo");
        hardware.MapOperation<GetSMBQuery>("GET", "/getSMB");
        hardware.MapOperation<UpdateIPCommand>("POST", "/updateIP");
        hardware.MapOperation<UpdateMACstatusCommand>("POST", "/updateMACstatus");
    }
}

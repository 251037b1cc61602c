using Msp.Api.Http;
using Msp.Application.Hardware.CheckHardware;
using Msp.Application.Hardware;

namespace Msp.Api.Endpoints;

internal static class HardwareEndpoints
{
    public static void MapHardwareEndpoints(this IEndpointRouteBuilder app)
    {
        var hardware = app.MapModule("Hardware", "The devices of an installation: hardware checks, ISG addresses, MAC status, SMB boxes and SIP accounts.");
        hardware.MapOperation<CheckHardwareQuery>("GET", "/checkHardware").Answers(["""{"msg":"OK"}""", """{"msg":"KO"}"""], HardwareErrors.MissingParameters, HardwareErrors.Unauthorized);
    }
}

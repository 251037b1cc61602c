using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Common.Results;
using Msp.Application.Hardware;
using Msp.Application.Hardware.CheckHardware;
using Msp.Application.Hardware.GetIP;
using Msp.Application.Hardware.GetSIPInfo;
using Msp.Application.Hardware.GetSMB;
using Msp.Application.Hardware.UpdateIP;
using Msp.Application.Hardware.UpdateMACstatus;

namespace Msp.Api.Endpoints;

internal static class HardwareEndpoints
{
    /// <summary>Address 194 of user 955 in the demo data (SEED.md): its three SMB boxes, none activated yet.</summary>
    private const string SmbExample = """
        {"list":[{"mac":"11:11:22:33:44:99","activation":null,"type":"smb1","status":0},{"mac":"11:11:22:33:44:77","activation":null,"type":"smb2","status":0},{"mac":"11:11:22:33:44:88","activation":null,"type":"smb3","status":0}]}
        """;

    /// <summary>User 955's SIP account in the demo data (SEED.md).</summary>
    private const string SipExample = """
        {"data":{"username":"41783338763","domain":"sip.lindaufiber.ch","proxy":"proxy.lindaufiber.ch:5060","phone_mac":"AA:BB:CC:00:19:55","phone_mac_model":"GXP1610","status":1}}
        """;

    public static void MapHardwareEndpoints(this IEndpointRouteBuilder app)
    {
        var hardware = app.MapModule("Hardware", "The devices of an installation: hardware checks, ISG addresses, MAC status, SMB boxes and SIP accounts.");
        hardware.MapOperation<CheckHardwareQuery>("GET", "/checkHardware").Answers(["""{"msg":"OK"}""", """{"msg":"KO"}"""], HardwareErrors.MissingParameters, HardwareErrors.Unauthorized);
        hardware.MapOperation<GetIPQuery>("GET", "/getIP")
            .Answers("""{"ip":"8.8.8.8","msg":"ok"}""", HardwareErrors.SiteAccessDenied, ApiError.MissingParameters, HardwareErrors.UnauthorizedClientSpaced);
        hardware.MapOperation<GetSIPInfoQuery>("GET", "/getSIPInfo").Answers(SipExample, HardwareErrors.NoUserFound, HardwareErrors.Unauthorized);
        hardware.MapOperation<GetSMBQuery>("GET", "/getSMB").Answers(SmbExample, HardwareErrors.NoSmbDataFound, HardwareErrors.UnauthorizedClientMsg);
        hardware.MapOperation<UpdateIPCommand>("POST", "/updateIP")
            .Answers("""{"msg":"OK"}""", HardwareErrors.InvalidIsgMac, ApiError.MissingParameters, ApiError.BadParameters, HardwareErrors.Unauthorized);
        hardware.MapOperation<UpdateMACstatusCommand>("POST", "/updateMACstatus")
            .Answers("""{"msg":"OK"}""", HardwareErrors.MacNotFound, ApiError.MissingParameters, ApiError.BadParameters, HardwareErrors.Unauthorized);
    }
}

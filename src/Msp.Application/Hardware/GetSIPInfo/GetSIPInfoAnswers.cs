namespace Msp.Application.Hardware.GetSIPInfo;

/// <summary>What GET /getSIPInfo answers.</summary>
public static class GetSIPInfoAnswers
{
    /// <summary>User 955's SIP account in the demo data (docs/demo-data.md).</summary>
    private const string Sip = """
        {"data":{"username":"41783338763","domain":"sip.lindaufiber.ch","proxy":"proxy.lindaufiber.ch:5060","phone_mac":"AA:BB:CC:00:19:55","phone_mac_model":"GXP1610","status":1}}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Sip, HardwareErrors.NoUserFound, HardwareErrors.Unauthorized);
}

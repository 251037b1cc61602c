namespace Msp.Application.Hardware.GetSMB;

/// <summary>What GET /getSMB answers.</summary>
public static class GetSMBAnswers
{
    /// <summary>Address 194 of user 955 in the demo data (docs/demo-data.md): its three SMB boxes, none activated yet.</summary>
    private const string Boxes = """
        {"list":[{"mac":"11:11:22:33:44:99","activation":null,"type":"smb1","status":0},{"mac":"11:11:22:33:44:77","activation":null,"type":"smb2","status":0},{"mac":"11:11:22:33:44:88","activation":null,"type":"smb3","status":0}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Boxes, HardwareErrors.NoSmbDataFound, HardwareErrors.UnauthorizedClientMsg);
}

namespace Msp.Application.Hardware.CheckHardware;

/// <summary>What GET /checkHardware answers.</summary>
public static class CheckHardwareAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(["""{"msg":"OK"}""", """{"msg":"KO"}"""], HardwareErrors.MissingParameters, HardwareErrors.Unauthorized);
}

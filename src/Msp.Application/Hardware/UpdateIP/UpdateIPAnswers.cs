namespace Msp.Application.Hardware.UpdateIP;

/// <summary>What POST /updateIP answers.</summary>
public static class UpdateIPAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"OK"}""", HardwareErrors.InvalidIsgMac, ApiError.MissingParameters, ApiError.BadParameters, HardwareErrors.Unauthorized);
}

namespace Msp.Application.Hardware.UpdateMACstatus;

/// <summary>What POST /updateMACstatus answers.</summary>
public static class UpdateMACstatusAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"OK"}""", HardwareErrors.MacNotFound, ApiError.MissingParameters, ApiError.BadParameters, HardwareErrors.Unauthorized);
}

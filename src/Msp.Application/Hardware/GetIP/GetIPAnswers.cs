namespace Msp.Application.Hardware.GetIP;

/// <summary>What GET /getIP answers.</summary>
public static class GetIPAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"ip":"8.8.8.8","msg":"ok"}""", HardwareErrors.SiteAccessDenied, ApiError.MissingParameters, HardwareErrors.UnauthorizedClientSpaced);
}

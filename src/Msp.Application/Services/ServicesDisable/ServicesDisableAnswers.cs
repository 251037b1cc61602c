namespace Msp.Application.Services.ServicesDisable;

/// <summary>What PUT /services/disable answers.</summary>
public static class ServicesDisableAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"Service disabled"}""", ServicesErrors.ServiceAlreadyDisabled, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
}

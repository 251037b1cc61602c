namespace Msp.Application.Services.ServicesEnable;

/// <summary>What PUT /services/enable answers.</summary>
public static class ServicesEnableAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"ok"}""", ServicesErrors.ServiceAlreadyEnabled, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
}

namespace Msp.Application.MspModule.MspOperation;

/// <summary>
/// What MSP_METHOD /mspPath answers, the one place that says so (ADR 31): the route, the OpenAPI document and the
/// robustness sweep read it. A message counts toward its sender's quota, so the 429 is among them.
/// </summary>
public static class MspOperationAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"ok"}""", ApiError.MissingParameters, ApiError.BadParameters, MspModuleErrors.Unauthorized, ApiError.TooManyRequests);
}

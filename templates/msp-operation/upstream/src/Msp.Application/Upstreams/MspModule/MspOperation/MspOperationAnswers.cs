namespace Msp.Application.Upstreams.MspModule.MspOperation;

/// <summary>
/// What MSP_METHOD /mspPath answers, the one place that says so (ADR 31): the route, the OpenAPI document and the
/// robustness sweep read it. A relay counts toward the caller's relay limit, so the 429 is among them.
/// </summary>
public static class MspOperationAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"ok"}""", MspModuleErrors.Unauthorized, ApiError.TooManyRequests);
}

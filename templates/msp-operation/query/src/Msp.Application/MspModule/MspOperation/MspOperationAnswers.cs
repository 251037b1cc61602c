namespace Msp.Application.MspModule.MspOperation;

/// <summary>
/// What MSP_METHOD /mspPath answers, the one place that says so (ADR 31): the route, the OpenAPI document and the
/// robustness sweep read it. Bodies copied from docs/contract.md character by character; long examples in example.json.
/// </summary>
public static class MspOperationAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        ["""{"msg":"OK"}""", """{"msg":"KO"}"""], ApiError.MissingParameters, ApiError.BadParameters, MspModuleErrors.Unauthorized);
}

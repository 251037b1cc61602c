namespace Msp.Application.MspModule.MspOperation;

/// <summary>
/// What MSP_METHOD /mspPath answers, the one place that says so (ADR 31): the route, the OpenAPI document and the
/// robustness sweep read it. The example is one page as the spec prints it; the document adds the paged variant.
/// </summary>
public static class MspOperationAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"data":[{"id":"1","name":"Zürich"}]}""", MspModuleErrors.Unauthorized);
}

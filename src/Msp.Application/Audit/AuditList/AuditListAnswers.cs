namespace Msp.Application.Audit.AuditList;

/// <summary>What GET /audit/list answers: a page of events (example.json), or the platform's refusals.</summary>
public static class AuditListAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(AuditListAnswers)), AuditErrors.Unauthorized, ApiError.BadParameters);
}

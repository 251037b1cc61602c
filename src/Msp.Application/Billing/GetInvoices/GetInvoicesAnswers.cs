namespace Msp.Application.Billing.GetInvoices;

/// <summary>What POST /getInvoices answers.</summary>
public static class GetInvoicesAnswers
{
    private const string Invoices = """
        [{"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00"}]
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        Invoices, BillingErrors.UserIdFieldNotFound, BillingErrors.SiteAccessDenied, BillingErrors.Unauthorized, ApiError.BadParameters);
}

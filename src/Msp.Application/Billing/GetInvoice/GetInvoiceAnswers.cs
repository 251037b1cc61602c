namespace Msp.Application.Billing.GetInvoice;

/// <summary>What POST /getInvoice answers.</summary>
public static class GetInvoiceAnswers
{
    /// <summary>The spec's invoice with its lines (docs/contract.md §3).</summary>
    private const string InvoiceWithLines = """
        {"data":{"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00",
        "lines":[{"service":"My Entertainment","description":"My Entertainment, October","quantity":1,"price":46.16,"discount":0,"total":46.16}]}}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.JsonOrFile<InvoiceResponse>(
        InvoiceWithLines,
        "application/pdf",
        BillingErrors.UserIdFieldNotFound,
        BillingErrors.SiteAccessDenied,
        BillingErrors.Unauthorized,
        ApiError.MissingParameters,
        ApiError.BadParameters);
}

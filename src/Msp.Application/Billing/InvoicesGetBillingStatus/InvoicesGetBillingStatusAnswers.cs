namespace Msp.Application.Billing.InvoicesGetBillingStatus;

/// <summary>What GET /invoices/getBillingStatus answers.</summary>
public static class InvoicesGetBillingStatusAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"amount":0,"currency":"CHF"}""", BillingErrors.Unauthorized);
}

namespace Msp.Application.Billing.InvoicesAddProduct;

/// <summary>What PUT /invoices/add-product answers.</summary>
public static class InvoicesAddProductAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"ok"}""", BillingErrors.SiteAccessDeniedLowerCase, BillingErrors.Unauthorized, ApiError.MissingParameters, ApiError.BadParameters);
}

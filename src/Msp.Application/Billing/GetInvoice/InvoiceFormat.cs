namespace Msp.Application.Billing.GetInvoice;

/// <summary>How getInvoice answers: JSON unless <c>format=pdf</c>, or an Accept header that prefers a PDF to JSON.</summary>
public static class InvoiceFormat
{
    public const string Pdf = "application/pdf";

    private const string Json = "application/json";

    public static bool IsKnown(string format) =>
        string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);

    public static bool WantsPdf(string? format, IAcceptHeader accept) =>
        format is null ? accept.Prefers(Pdf, Json) : string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase);
}

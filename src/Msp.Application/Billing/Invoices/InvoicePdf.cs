namespace Msp.Application.Billing.Invoices;

/// <summary>An invoice and its lines as the PDF renderer takes them.</summary>
public static class InvoicePdf
{
    public static InvoiceDocument Document(InvoiceRow row, IReadOnlyList<InvoiceLineRow> lines, string partnerName, string partnerLogo, string customerName) => new(
        partnerName,
        partnerLogo,
        customerName,
        row.Number,
        DateOnly.FromDateTime(row.PeriodFrom),
        DateOnly.FromDateTime(row.PeriodTo),
        row.CreatedAt,
        row.Currency,
        lines.Select(l => new InvoiceDocumentLine(l.Service, l.Description, l.Quantity, l.Price, l.Discount, InvoiceLine.From(l).Total)).ToList(),
        row.Net,
        row.Vat,
        row.Amount,
        row.Status);
}

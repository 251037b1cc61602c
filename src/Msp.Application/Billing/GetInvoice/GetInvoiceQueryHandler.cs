using Msp.Application.Billing.Invoices;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Billing.GetInvoice;

public sealed class GetInvoiceQueryHandler(TenantScope scope, ISqlReader database, IAcceptHeader accept, IInvoicePdfRenderer pdf)
    : IRequestHandler<GetInvoiceQuery, Result<object>>
{
    private const string InvoiceSql = InvoiceColumns.Select + " WHERE id = @InvoiceId AND account_id = @UserId";

    private const string LinesSql = """
        SELECT s.name AS Service, l.description AS Description, l.quantity AS Quantity, l.price AS Price, l.discount AS Discount
        FROM invoice_lines l JOIN services s ON s.id = l.service_id
        WHERE l.invoice_id = @InvoiceId
        ORDER BY l.id
        """;

    private const string CustomerSql = """
        SELECT a.name AS Name, a.lastname AS Lastname, p.name AS PartnerName, COALESCE(b.logo, '') AS PartnerLogo
        FROM accounts a
        LEFT JOIN business_partners p ON p.id = a.partner_id
        LEFT JOIN partner_branding b ON b.partner_id = a.partner_id
        WHERE a.id = @UserId
        """;

    public async Task<Result<object>> Handle(GetInvoiceQuery request, CancellationToken cancellationToken)
    {
        // Another user's invoice, another BP's, and one that does not exist: one answer (docs/contract.md §2).
        var user = await scope.FindUserAsync(request.UserId!.Value, GetInvoiceQuery.Callers, cancellationToken);
        var row = user is null
            ? null
            : await database.SingleOrDefaultAsync<InvoiceRow>(InvoiceSql, new { InvoiceId = request.InvoiceId!.Value, UserId = user.Id }, cancellationToken);
        if (row is null)
        {
            return BillingErrors.SiteAccessDenied;
        }

        var lines = await database.ListAsync<InvoiceLineRow>(LinesSql, new { InvoiceId = row.Id }, cancellationToken);
        if (!InvoiceFormat.WantsPdf(request.Format, accept))
        {
            return new InvoiceResponse(Invoice.From(row) with { Lines = lines.Select(InvoiceLine.From).ToList() });
        }

        var customer = (await database.SingleOrDefaultAsync<Customer>(CustomerSql, new { UserId = row.AccountId }, cancellationToken))!;
        var bytes = pdf.Render(InvoicePdf.Document(row, lines, customer.PartnerName ?? "", customer.PartnerLogo, $"{customer.Name} {customer.Lastname}".Trim()));
        return new BinaryContent(InvoiceFormat.Pdf, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)), bytes.Length);
    }

    private sealed class Customer
    {
        public string Name { get; init; } = "";

        public string Lastname { get; init; } = "";

        public string? PartnerName { get; init; }

        public string PartnerLogo { get; init; } = "";
    }
}

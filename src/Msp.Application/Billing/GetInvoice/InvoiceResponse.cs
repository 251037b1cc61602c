using Msp.Application.Billing.Invoices;

namespace Msp.Application.Billing.GetInvoice;

/// <summary><c>{"data": invoice with its lines}</c> (docs/contract.md §3, 6.26).</summary>
public sealed record InvoiceResponse(Invoice Data);

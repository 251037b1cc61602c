using Msp.Api.Http;
using Msp.Application.Billing.GetInvoice;
using Msp.Application.Billing.GetInvoices;
using Msp.Application.Billing.InvoicesAddProduct;
using Msp.Application.Billing.InvoicesGetBillingStatus;

namespace Msp.Api.Endpoints;

internal static class BillingEndpoints
{
    public static void MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        var billing = app.MapModule("Billing", "Invoice lines, a user's billing status, and invoices as JSON or PDF; the monthly billing run issues them.");
        billing.MapOperation<InvoicesAddProductCommand>("PUT", "/invoices/add-product");
        billing.MapOperation<InvoicesGetBillingStatusQuery>("GET", "/invoices/getBillingStatus");
        billing.MapOperation<GetInvoiceQuery>("POST", "/getInvoice");
        billing.MapOperation<GetInvoicesQuery>("POST", "/getInvoices");
    }
}

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
        var billing = app.MapGroup("").WithTags("Billing");
        billing.MapOperation<InvoicesAddProductCommand>("PUT", "/invoices/add-product").Answers(BillingDocumentation.AddProduct);
        billing.MapOperation<InvoicesGetBillingStatusQuery>("GET", "/invoices/getBillingStatus").Answers(BillingDocumentation.GetBillingStatus);
        billing.MapOperation<GetInvoiceQuery>("POST", "/getInvoice").Answers(BillingDocumentation.GetInvoice);
        billing.MapOperation<GetInvoicesQuery>("POST", "/getInvoices").Answers(BillingDocumentation.GetInvoices);
    }
}

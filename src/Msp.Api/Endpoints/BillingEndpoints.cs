using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Billing;
using Msp.Application.Billing.GetInvoice;
using Msp.Application.Billing.GetInvoices;
using Msp.Application.Billing.InvoicesAddProduct;
using Msp.Application.Billing.InvoicesGetBillingStatus;
using Msp.Application.Common.Results;

namespace Msp.Api.Endpoints;

internal static class BillingEndpoints
{
    public static void MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        var billing = app.MapModule("Billing", "Invoice lines, a user's billing status, and invoices as JSON or PDF; the monthly billing run issues them.");
        billing.MapOperation<InvoicesAddProductCommand>("PUT", "/invoices/add-product")
            .Answers("""{"msg":"ok"}""", BillingErrors.SiteAccessDeniedLowerCase, BillingErrors.Unauthorized, ApiError.MissingParameters, ApiError.BadParameters);
        billing.MapOperation<InvoicesGetBillingStatusQuery>("GET", "/invoices/getBillingStatus").Answers("""{"amount":0,"currency":"CHF"}""", BillingErrors.Unauthorized);
        billing.MapOperation<GetInvoiceQuery>("POST", "/getInvoice").AnswersJsonOrFile<InvoiceResponse>(
            BillingExamples.InvoiceWithLinesExample,
            "application/pdf",
            BillingErrors.UserIdFieldNotFound,
            BillingErrors.SiteAccessDenied,
            BillingErrors.Unauthorized,
            ApiError.MissingParameters,
            ApiError.BadParameters);
        billing.MapOperation<GetInvoicesQuery>("POST", "/getInvoices")
            .Answers($"[{BillingExamples.InvoiceExample}]", BillingErrors.UserIdFieldNotFound, BillingErrors.SiteAccessDenied, BillingErrors.Unauthorized, ApiError.BadParameters);
    }
}

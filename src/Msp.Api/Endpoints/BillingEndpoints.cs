using Msp.Api.Http;
using Msp.Application.Billing;
using Msp.Application.Billing.GetInvoice;
using Msp.Application.Billing.GetInvoices;
using Msp.Application.Billing.InvoicesAddProduct;
using Msp.Application.Billing.InvoicesGetBillingStatus;
using Msp.Application.Common.Results;
using static Msp.Api.Http.DocumentedResponse;

namespace Msp.Api.Endpoints;

internal static class BillingEndpoints
{
    private const string InvoiceExample = """
        {"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00"}
        """;

    private const string InvoiceWithLinesExample = """
        {"data":{"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00",
        "lines":[{"service":"My Entertainment","description":"My Entertainment, October","quantity":1,"price":46.16,"discount":0,"total":46.16}]}}
        """;

    private static readonly DocumentedResponse Unexpected = Failure("unexpected failure", ApiError.Unexpected);

    public static void MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        var billing = app.MapGroup("").WithTags("Billing");
        billing.MapOperation<InvoicesAddProductCommand>("PUT", "/invoices/add-product").Answers(
        [
            Json(200, "ok", """{"msg":"ok"}"""),
            Failure("site access denied (not a service or the admin, a user or service out of reach)", BillingErrors.SiteAccessDeniedLowerCase),
            Failure("unauthorized", BillingErrors.Unauthorized),
            Failure("missing parameters", ApiError.MissingParameters),
            Failure("bad parameters", ApiError.BadParameters),
            Unexpected,
        ]);
        billing.MapOperation<InvoicesGetBillingStatusQuery>("GET", "/invoices/getBillingStatus").Answers(
            [Json(200, "open invoices' sum", """{"amount":0,"currency":"CHF"}"""), Failure("unauthorized", BillingErrors.Unauthorized), Unexpected]);
        billing.MapOperation<GetInvoiceQuery>("POST", "/getInvoice").Answers(
        [
            Json(200, "invoice with its lines", InvoiceWithLinesExample),
            File("application/pdf"),
            Failure("User_id field not found", BillingErrors.UserIdFieldNotFound),
            Failure("Site access denied (a user or invoice out of reach or unknown)", BillingErrors.SiteAccessDenied),
            Failure("unauthorized", BillingErrors.Unauthorized),
            Failure("missing Invoice_id", ApiError.MissingParameters),
            Failure("bad parameters", ApiError.BadParameters),
            Unexpected,
        ]);
        billing.MapOperation<GetInvoicesQuery>("POST", "/getInvoices").Answers(
        [
            Json(200, "invoices", $"[{InvoiceExample}]"),
            Failure("User_id field not found", BillingErrors.UserIdFieldNotFound),
            Failure("Site access denied (a user out of reach or unknown)", BillingErrors.SiteAccessDenied),
            Failure("unauthorized", BillingErrors.Unauthorized),
            Failure("bad parameters", ApiError.BadParameters),
            Unexpected,
        ]);
    }
}

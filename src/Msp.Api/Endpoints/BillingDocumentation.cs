using Msp.Api.Http;
using Msp.Application.Billing;
using Msp.Application.Common.Results;
using static Msp.Api.Http.DocumentedResponse;

namespace Msp.Api.Endpoints;

/// <summary>The answers spec 6.24–6.27 document (CONTRACT.md §3, §4), for the OpenAPI document.</summary>
internal static class BillingDocumentation
{
    private const string InvoiceExample = """
        {"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00"}
        """;

    private const string InvoiceWithLinesExample = """
        {"data":{"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00",
        "lines":[{"service":"My Entertainment","description":"My Entertainment, October","quantity":1,"price":46.16,"discount":0,"total":46.16}]}}
        """;

    private static readonly DocumentedResponse Unauthorized = Failure("unauthorized", BillingErrors.Unauthorized);

    private static readonly DocumentedResponse Unexpected = Failure("unexpected failure", ApiError.Unexpected);

    private static readonly DocumentedResponse BadParameters = Failure("bad parameters", ApiError.BadParameters);

    private static readonly DocumentedResponse UserIdFieldNotFound = Failure("User_id field not found", BillingErrors.UserIdFieldNotFound);

    public static readonly IReadOnlyList<DocumentedResponse> AddProduct =
    [
        Json(200, "ok", """{"msg":"ok"}"""),
        Failure("site access denied (not a service or the admin, a user or service out of reach)", BillingErrors.SiteAccessDeniedLowerCase),
        Unauthorized,
        Failure("missing parameters", ApiError.MissingParameters),
        BadParameters,
        Unexpected,
    ];

    public static readonly IReadOnlyList<DocumentedResponse> GetBillingStatus =
        [Json(200, "open invoices' sum", """{"amount":0,"currency":"CHF"}"""), Unauthorized, Unexpected];

    public static readonly IReadOnlyList<DocumentedResponse> GetInvoice =
    [
        Json(200, "invoice with its lines", InvoiceWithLinesExample),
        File("application/pdf"),
        UserIdFieldNotFound,
        Failure("Site access denied (a user or invoice out of reach or unknown)", BillingErrors.SiteAccessDenied),
        Unauthorized,
        Failure("missing Invoice_id", ApiError.MissingParameters),
        BadParameters,
        Unexpected,
    ];

    public static readonly IReadOnlyList<DocumentedResponse> GetInvoices =
    [
        Json(200, "invoices", $"[{InvoiceExample}]"),
        UserIdFieldNotFound,
        Failure("Site access denied (a user out of reach or unknown)", BillingErrors.SiteAccessDenied),
        Unauthorized,
        BadParameters,
        Unexpected,
    ];
}

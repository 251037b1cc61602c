namespace Msp.Api.Endpoints;

/// <summary>The success bodies of spec 6.24–6.27 (CONTRACT.md §3, §4), for the OpenAPI document.</summary>
internal static class BillingExamples
{
    public const string InvoiceExample = """
        {"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00"}
        """;

    public const string InvoiceWithLinesExample = """
        {"data":{"id":1,"number":"202610-955","period_from":"2026-10-01","period_to":"2026-10-31","amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"2026-11-01 02:00:00",
        "lines":[{"service":"My Entertainment","description":"My Entertainment, October","quantity":1,"price":46.16,"discount":0,"total":46.16}]}}
        """;
}

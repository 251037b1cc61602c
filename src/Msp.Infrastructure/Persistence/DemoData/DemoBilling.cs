using Msp.Domain.Billing;

namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>
/// docs/demo-data.md "Billing": user 955 has one open invoice of CHF 49.90 for the month before the data is loaded (one My
/// Entertainment line of 46.16 plus 8.1% VAT, 3.74); user 1097 has none.
/// </summary>
internal static class DemoBilling
{
    public const long JorgeInvoiceId = 1;

    public static object[] Invoices(DateTime nowUtc, TimeZoneInfo zone)
    {
        var period = BillingPeriod.Containing(nowUtc, zone).Previous;
        return
        [
            new
            {
                Id = JorgeInvoiceId,
                AccountId = 955L,
                Period = period.Key,
                Number = Invoice.NumberOf(period, 955),
                PeriodFrom = period.From.ToDateTime(TimeOnly.MinValue),
                PeriodTo = period.To.ToDateTime(TimeOnly.MinValue),
                Net = 46.16m,
                Vat = 3.74m,
                Amount = 49.90m,
                CreatedAt = period.EndUtc(zone),
            },
        ];
    }

    public static object[] Lines(DateTime nowUtc, TimeZoneInfo zone)
    {
        var period = BillingPeriod.Containing(nowUtc, zone).Previous;
        return
        [
            new
            {
                AccountId = 955L,
                ServiceId = 5L,
                Description = $"My Entertainment, {period.Key}",
                Quantity = 1m,
                Price = 46.16m,
                InvoiceId = JorgeInvoiceId,
                CreatedAt = period.EndUtc(zone).AddDays(-1),
            },
        ];
    }
}

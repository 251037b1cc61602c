using Msp.Domain.Billing;

namespace Msp.DomainTests;

public sealed class BillingTests
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    [Theory]
    [InlineData("49.90", "49.90")]
    [InlineData("49.924", "49.90")]
    [InlineData("49.925", "49.95")] // halves away from zero
    [InlineData("49.974", "49.95")]
    [InlineData("49.975", "50.00")]
    [InlineData("0.02", "0.00")]
    public void Swiss_francs_are_rounded_to_five_rappen(string amount, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.RoundToCoin(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "CHF"));
    }

    [Fact]
    public void Other_currencies_are_rounded_to_the_cent()
    {
        Assert.Equal(49.93m, Money.RoundToCoin(49.925m, "EUR"));
    }

    [Fact]
    public void Vat_is_rounded_once_per_rate_and_the_gross_to_the_coin()
    {
        var totals = InvoiceTotals.Of(
            [new BillableLine(2m, 12.5m, 1.5m, 0.081m), new BillableLine(3m, 0.3333m, 0m, 0.081m), new BillableLine(1m, 10m, 0m, 0.026m)],
            "CHF");

        // 8.1% on 24.4999 = 1.98449… → 1.98; 2.6% on 10 = 0.26; 34.4999 + 2.24 = 36.7399 → 36.75.
        Assert.Equal(new InvoiceTotals(34.4999m, 2.24m, 36.75m), totals);
    }

    [Fact]
    public void The_wire_amount_has_no_trailing_zeros()
    {
        Assert.Equal("49.9", Money.Normalized(49.9000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", Money.Normalized(0.0000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_period_is_a_month_of_the_platforms_zone_and_ends_at_its_local_midnight()
    {
        // 2026-11-30 23:30 UTC is already December in Zurich (UTC+1).
        Assert.Equal(new BillingPeriod(2026, 12), BillingPeriod.Containing(new DateTime(2026, 11, 30, 23, 30, 0, DateTimeKind.Utc), Zurich));
        var november = new BillingPeriod(2026, 11);
        Assert.Equal(("2026-11", new DateOnly(2026, 11, 30)), (november.Key, november.To));
        Assert.Equal(new DateTime(2026, 11, 30, 23, 0, 0, DateTimeKind.Utc), november.EndUtc(Zurich));
        Assert.True(BillingPeriod.TryParse("2026-11", out var parsed) && parsed == november);
        Assert.False(BillingPeriod.TryParse("2026-13", out _));
        Assert.Equal(new BillingPeriod(2025, 12), new BillingPeriod(2026, 1).Previous);
    }
}

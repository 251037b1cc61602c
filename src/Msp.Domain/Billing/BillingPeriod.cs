using System.Globalization;

namespace Msp.Domain.Billing;

/// <summary>
/// A calendar month of the platform's time zone, written <c>yyyy-MM</c>: what an invoice covers and what the billing run
/// is asked to bill. Its end in UTC is the cut: lines added before it are billed in this period, later ones in the next.
/// </summary>
public readonly record struct BillingPeriod(int Year, int Month)
{
    public const string Format = "yyyy-MM";

    public DateOnly From => new(Year, Month, 1);

    public DateOnly To => From.AddMonths(1).AddDays(-1);

    public string Key => From.ToString(Format, CultureInfo.InvariantCulture);

    public BillingPeriod Next => Of(From.AddMonths(1));

    public BillingPeriod Previous => Of(From.AddMonths(-1));

    public static BillingPeriod Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The month that holds <paramref name="utc"/> in <paramref name="zone"/>.</summary>
    public static BillingPeriod Containing(DateTime utc, TimeZoneInfo zone) =>
        Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)));

    public static bool TryParse(string? text, out BillingPeriod period)
    {
        if (DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            period = Of(day);
            return true;
        }

        period = default;
        return false;
    }

    /// <summary>The first instant after the period, in UTC: midnight of the next month's first day in <paramref name="zone"/>.</summary>
    public DateTime EndUtc(TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(From.AddMonths(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), zone);

    public override string ToString() => Key;
}

using System.Globalization;

namespace Msp.Application.Billing;

/// <summary>The <c>Billing</c> section: the platform's currency, VAT rates per service, and the monthly run's schedule.</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>The currency lines are added and invoices issued in.</summary>
    public string Currency { get; set; } = "CHF";

    /// <summary>The Swiss standard VAT rate (8.1% since 2024), for every service without a rate of its own.</summary>
    public decimal DefaultVatRate { get; set; } = 0.081m;

    /// <summary>Rates that differ from the default, by service id (<c>Billing:VatRates:5 = 0.026</c>).</summary>
    public Dictionary<string, decimal> VatRates { get; set; } = [];

    /// <summary>When the monthly run bills the month that has just ended: a cron expression in the platform's time zone.</summary>
    public string Schedule { get; set; } = "0 3 1 * *";

    /// <summary>Run the scheduled billing in this process (one instance is enough; several are safe).</summary>
    public bool RunEnabled { get; set; } = true;

    /// <summary>Users whose invoices one transaction of the run issues.</summary>
    public int RunBatchSize { get; set; } = 500;

    /// <summary>
    /// Lines add-product may leave waiting on one user's next invoice (ADR 15: a per-target store is bounded). A
    /// month's real extras are a handful; a script gone wrong is thousands.
    /// </summary>
    public int MaxPendingLinesPerUser { get; set; } = 500;

    public decimal VatRateFor(long serviceId) =>
        VatRates.TryGetValue(serviceId.ToString(CultureInfo.InvariantCulture), out var rate) ? rate : DefaultVatRate;
}

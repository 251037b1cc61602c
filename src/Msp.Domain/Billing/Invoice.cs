using System.Globalization;
using Msp.Domain.SeedWork;

namespace Msp.Domain.Billing;

/// <summary>
/// One user's invoice of one period (ADR 19): the lines it takes, its totals, rounded only here, and its number, the
/// same whichever run issues it. A run issues it once per user and period (the database's unique key holds that across
/// runs and instances); the invoice itself guards that it bills something.
/// </summary>
public sealed class Invoice : Entity
{
    private Invoice(long userId, BillingPeriod period, string currency, IReadOnlyList<BillableLine> lines)
    {
        UserId = userId;
        Period = period;
        Currency = currency;
        Lines = lines;
        Totals = InvoiceTotals.Of(lines, currency);
    }

    public long UserId { get; }

    public BillingPeriod Period { get; }

    public string Currency { get; }

    public IReadOnlyList<BillableLine> Lines { get; }

    public InvoiceTotals Totals { get; }

    public string Number => NumberOf(Period, UserId);

    /// <summary>The invoice of <paramref name="userId"/> for <paramref name="period"/>, of the lines pending before the period's cut.</summary>
    public static Invoice Issue(long userId, BillingPeriod period, string currency, IEnumerable<BillableLine> lines)
    {
        var taken = lines.ToList();
        CheckRule(new AnInvoiceBillsSomething(taken.Count));
        return new Invoice(userId, period, currency, taken);
    }

    /// <summary>One per user and period, readable, and the same whichever run issues it: <c>202611-955</c>.</summary>
    public static string NumberOf(BillingPeriod period, long userId) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}{period.Month:D2}-{userId}");
}

/// <summary>A user without pending lines gets no invoice: the run never issues an empty one.</summary>
public sealed record AnInvoiceBillsSomething(int Lines) : IBusinessRule
{
    public string Message => "An invoice takes at least one line.";

    public bool IsBroken() => Lines == 0;
}

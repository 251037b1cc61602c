namespace Msp.Domain.Billing;

/// <summary>One line as billed: <c>quantity × price − discount</c> before VAT, and the VAT rate of its service.</summary>
public sealed record BillableLine(decimal Quantity, decimal Price, decimal Discount, decimal VatRate)
{
    /// <summary>The line's total before VAT, exact.</summary>
    public decimal Net => (Quantity * Price) - Discount;

    /// <summary>A line bills something: its quantity is more than zero (ADR 19).</summary>
    public static bool HasQuantity(decimal quantity) => quantity > 0;

    /// <summary>A discount is an amount off the line, at most the line's <c>quantity × price</c>: no line bills less than nothing.</summary>
    public static bool DiscountFits(decimal quantity, decimal price, decimal discount) => discount <= quantity * price;
}

/// <summary>
/// What an invoice asks for (ADR 19): the exact net sum of its lines; the VAT per rate on that rate's net sum, rounded
/// to the cent once per rate (as Swiss VAT is declared); and the gross, net plus VAT, rounded to the currency's coin.
/// </summary>
public sealed record InvoiceTotals(decimal Net, decimal Vat, decimal Amount)
{
    public static InvoiceTotals Of(IEnumerable<BillableLine> lines, string currency)
    {
        var byRate = lines.GroupBy(l => l.VatRate).Select(g => (Rate: g.Key, Net: g.Sum(l => l.Net))).ToList();
        var net = byRate.Sum(r => r.Net);
        var vat = byRate.Sum(r => Money.RoundToCent(r.Net * r.Rate));
        return new InvoiceTotals(net, vat, Money.RoundToCoin(net + vat, currency));
    }
}

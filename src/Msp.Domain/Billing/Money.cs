namespace Msp.Domain.Billing;

/// <summary>
/// Money is <see cref="decimal"/> everywhere and exact until an invoice is issued; only then is it rounded, to the
/// currency's smallest coin: Swiss francs to 0.05 (the 5-Rappen rule), every other currency to 0.01 (ADR 19).
/// </summary>
public static class Money
{
    public const string SwissFrancs = "CHF";

    /// <summary>The gross amount an invoice asks for, rounded to the currency's smallest coin, halves away from zero.</summary>
    public static decimal RoundToCoin(decimal amount, string currency) =>
        string.Equals(currency, SwissFrancs, StringComparison.OrdinalIgnoreCase)
            ? decimal.Round(amount * 20m, MidpointRounding.AwayFromZero) / 20m
            : RoundToCent(amount);

    /// <summary>To the hundredth, halves away from zero: VAT, and line totals as printed.</summary>
    public static decimal RoundToCent(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The amount as a JSON number without trailing zeros (49.9, 0): what the spec's example prints
    /// (<c>{"amount":0,…}</c>), and the same number whatever scale the database returned it with.
    /// </summary>
    public static decimal Normalized(decimal amount) => amount / 1.0000000000000000000000000000m;
}

using System.Globalization;

namespace Msp.Application.Billing;

/// <summary>
/// Quantities and amounts travel as text (ADR 4): a plain decimal with a point and at most four decimals (what
/// DECIMAL(19,4) keeps), no sign, no exponent, no thousands separator, below a billion.
/// </summary>
public static class WireAmount
{
    private const decimal Ceiling = 1_000_000_000m;

    public static bool TryParse(string? value, out decimal amount) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
        && amount < Ceiling
        && amount.Scale <= 4;

    /// <summary>Parses an amount its validator has already accepted; a missing optional one is zero.</summary>
    public static decimal Parse(string? value) =>
        value is null ? 0m
        : TryParse(value, out var amount) ? amount
        : throw new FormatException($"'{value}' is not an amount; the operation's validator should have refused it.");

    /// <summary>The value, when given, is an amount.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAmount<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || TryParse(value, out _)).WithErrorCode("amount")
            .WithMessage("'{PropertyName}' must be a decimal number with at most four decimals.");
}

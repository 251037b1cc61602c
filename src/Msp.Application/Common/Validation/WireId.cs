using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>Ids travel as text (see ADR 4): a positive whole number, at most 18 digits.</summary>
public static class WireId
{
    public static bool IsValid(string? value) => TryParse(value, out _);

    public static bool TryParse(string? value, out long id) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    /// <summary>Parses an id its validator has already accepted.</summary>
    public static long Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not an id; the operation's validator should have refused it.");

    /// <summary>The value, when given, is an id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsValid(value)).WithErrorCode("id").WithMessage("'{PropertyName}' must be a positive whole number.");
}

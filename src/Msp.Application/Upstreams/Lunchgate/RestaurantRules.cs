using System.Globalization;

namespace Msp.Application.Upstreams.Lunchgate;

/// <summary>
/// The parameters of spec 8 as text (ADR 4), and their bounds. Anything outside them is 401 Bad parameters
/// (docs/upstreams.md, My Restaurant).
/// </summary>
public static class RestaurantRules
{
    /// <summary>A place name or a few keywords; longer text is not a search a resident typed.</summary>
    public const int MaxTextLength = 100;

    /// <summary>Days ahead of today, as Lunchgate numbers them: 0 today, up to a week.</summary>
    public const int MaxDay = 6;

    public const int DefaultLimit = 10;

    public const int MaxLimit = 50;

    public static bool IsSearchText(string? value) =>
        value is null || (value.Length <= MaxTextLength && !value.Any(char.IsControl));

    public static bool IsDay(string? value) => value is null || TryNumber(value, out var day) && day <= MaxDay;

    public static bool IsLimit(string? value) => value is null || TryNumber(value, out var limit) && limit is >= 1 and <= MaxLimit;

    /// <summary>The day the validator accepted, 0 when not given.</summary>
    public static int Day(string? value) => value is null ? 0 : Number(value);

    /// <summary>The limit the validator accepted, <see cref="DefaultLimit"/> when not given.</summary>
    public static int Limit(string? value) => value is null ? DefaultLimit : Number(value);

    private static bool TryNumber(string value, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static int Number(string value) =>
        TryNumber(value, out var number) ? number : throw new FormatException($"'{value}' is not a number; the validator should have refused it.");
}

namespace Msp.Application.Upstreams.Lunchgate;

/// <summary>
/// The parameters of spec 8 (ADR 4), and their bounds. Anything outside them is 401 Bad parameters
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

    public static bool IsDay(WireNumber? value) => value is null || (value.IsValid && value.Value <= MaxDay);

    public static bool IsLimit(WireNumber? value) => value is null || (value.IsValid && value.Value is >= 1 and <= MaxLimit);

    /// <summary>The day the validator accepted, 0 when not given.</summary>
    public static int Day(WireNumber? value) => value?.Value ?? 0;

    /// <summary>The limit the validator accepted, <see cref="DefaultLimit"/> when not given.</summary>
    public static int Limit(WireNumber? value) => value?.Value ?? DefaultLimit;
}

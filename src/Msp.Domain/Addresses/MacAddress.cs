using System.Text.RegularExpressions;

namespace Msp.Domain.Addresses;

/// <summary>
/// A device's hardware address as the platform stores it: six upper-case hex pairs joined by colons
/// (<c>AA:BB:CC:00:09:55</c>, as the spec prints them). Devices and installers write MACs in several ways; storing one
/// form is what lets the hardware operations find an address by its MAC with a plain equality.
/// </summary>
public sealed partial record MacAddress
{
    public const int Length = 17;

    private MacAddress(string value)
    {
        Value = value;
    }

    /// <summary>The canonical text.</summary>
    public string Value { get; }

    /// <summary>The MAC <paramref name="text"/> writes with colons, hyphens or no separators, in either case; null when it writes none.</summary>
    public static MacAddress? Parse(string text)
    {
        if (!Written().IsMatch(text))
        {
            return null;
        }

        var hex = text.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return new MacAddress(string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2))));
    }

    public override string ToString() => Value;

    [GeneratedRegex("^(?:[0-9A-Fa-f]{2}(?<sep>[:-])[0-9A-Fa-f]{2}(?:\\k<sep>[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{12})\\z")]
    private static partial Regex Written();
}

using System.Text.RegularExpressions;

namespace Msp.Domain.Addresses;

/// <summary>
/// A device's hardware address as the platform stores it: six upper-case hex pairs joined by colons
/// (<c>AA:BB:CC:00:09:55</c>, as the spec prints them). Devices and installers write MACs in several ways; storing one
/// form is what lets the hardware operations find an address by its MAC with a plain equality.
/// </summary>
public static partial class MacAddress
{
    public const int Length = 17;

    /// <summary>The canonical form of a MAC written with colons, hyphens or no separators; null when it is not one.</summary>
    public static string? Canonical(string value)
    {
        if (!Written().IsMatch(value))
        {
            return null;
        }

        var hex = value.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
    }

    [GeneratedRegex("^(?:[0-9A-Fa-f]{2}(?<sep>[:-])[0-9A-Fa-f]{2}(?:\\k<sep>[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{12})\\z")]
    private static partial Regex Written();
}

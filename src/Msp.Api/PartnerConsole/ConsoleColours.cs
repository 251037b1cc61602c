using System.Globalization;
using System.Text.RegularExpressions;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// The partner's colours as the console paints its header with them, held to WCAG 2.1 AA: the partner's top colour as
/// the background and its top font colour as the text, unless they contrast less than 4.5:1; then the background is
/// darkened, in the same hue, until white text on it does. An unreadable colour is the console's own blue.
/// </summary>
internal static partial class ConsoleColours
{
    public const string DefaultBackground = "#1f3a68";

    public const double MinimumContrast = 4.5;

    public static (string Background, string Text) Header(string? colorTop, string? fontColorTop)
    {
        if (Parse(colorTop) is not { } background)
        {
            return (DefaultBackground, "#ffffff");
        }

        var text = Parse(fontColorTop) ?? (255, 255, 255);
        if (Contrast(background, text) >= MinimumContrast)
        {
            return (Hex(background), Hex(text));
        }

        var white = (255, 255, 255);
        for (var factor = 1.0; factor > 0; factor -= 0.05)
        {
            var darker = ((int)(background.R * factor), (int)(background.G * factor), (int)(background.B * factor));
            if (Contrast(darker, white) >= MinimumContrast)
            {
                return (Hex(darker), "#ffffff");
            }
        }

        return (DefaultBackground, "#ffffff");
    }

    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary><c>#rgb</c>, <c>#rrggbb</c>, <c>rgb(r,g,b)</c> or an opaque <c>rgba(r,g,b,1)</c>; null for anything else.</summary>
    public static (int R, int G, int B)? Parse(string? colour)
    {
        if (string.IsNullOrWhiteSpace(colour))
        {
            return null;
        }

        var text = colour.Trim();
        if (HexColour().Match(text) is { Success: true } hex)
        {
            var digits = hex.Groups[1].Value;
            if (digits.Length == 3)
            {
                digits = string.Concat(digits.Select(c => new string(c, 2)));
            }

            var value = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
        }

        if (RgbColour().Match(text) is { Success: true } rgb
            && (rgb.Groups[4].Success is false || double.Parse(rgb.Groups[4].Value, CultureInfo.InvariantCulture) >= 1))
        {
            var parts = new[] { rgb.Groups[1].Value, rgb.Groups[2].Value, rgb.Groups[3].Value }.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return parts.All(p => p is >= 0 and <= 255) ? (parts[0], parts[1], parts[2]) : null;
        }

        return null;
    }

    private static double Luminance((int R, int G, int B) colour)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(colour.R)) + (0.7152 * Channel(colour.G)) + (0.0722 * Channel(colour.B));
    }

    private static string Hex((int R, int G, int B) colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();

    [GeneratedRegex(@"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$")]
    private static partial Regex RgbColour();
}

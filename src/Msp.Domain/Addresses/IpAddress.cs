using System.Globalization;
using System.Net.Sockets;

namespace Msp.Domain.Addresses;

/// <summary>
/// An ISG's public IP address as the platform stores it: IPv4 in dotted decimal (<c>8.8.8.8</c>), IPv6 in its
/// RFC 5952 form (lower case, the longest run of zeros shortened: <c>2001:db8::1</c>). Both are real on the ISGs'
/// uplinks. Written forms that name the same address give the same value, so stored IPs compare by equality.
/// </summary>
public sealed record IpAddress
{
    private IpAddress(string value)
    {
        Value = value;
    }

    /// <summary>The canonical text.</summary>
    public string Value { get; }

    /// <summary>
    /// The address <paramref name="text"/> names, or null when it names none. IPv4 takes exactly four decimal parts of
    /// 0–255 without leading zeros (the shortened and octal forms an OS also accepts are refused: an ISG never sends
    /// them, and <c>010.0.0.1</c> reads differently on different systems); IPv6 takes any RFC 4291 form, without a
    /// zone, brackets or a port.
    /// </summary>
    public static IpAddress? Parse(string text)
    {
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.')
                && System.Net.IPAddress.TryParse(text, out var v6)
                && v6.AddressFamily == AddressFamily.InterNetworkV6
                    ? new IpAddress(v6.ToString())
                    : null;
        }

        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(IsOctet) ? new IpAddress(string.Join('.', parts)) : null;
    }

    public override string ToString() => Value;

    private static bool IsOctet(string part) =>
        part.Length is >= 1 and <= 3
        && part.All(char.IsAsciiDigit)
        && (part.Length == 1 || part[0] != '0')
        && int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) <= 255;
}

namespace Msp.Domain.Accounts;

/// <summary>
/// A telephone number as the platform stores it: E.164, a <c>+</c>, the country code and the subscriber number, 15
/// digits at most (<c>+41783338763</c>). People write numbers with spaces, hyphens, dots, slashes or parentheses
/// between the digits, often <c>00</c> for the <c>+</c> and sometimes the national <c>(0)</c>; those forms name the same
/// number and give the same value. A
/// national form (<c>079 123 45 67</c>) names no number without a country, so it is refused rather than guessed.
/// </summary>
public sealed record PhoneNumber
{
    /// <summary>E.164's longest number, country code included.</summary>
    public const int MaximumDigits = 15;

    /// <summary>The shortest numbers in service (small island networks) have seven digits with their country code.</summary>
    public const int MinimumDigits = 7;

    /// <summary>What a person may write around the digits; more than this is not a phone number.</summary>
    private const int MaximumWrittenLength = 32;

    private PhoneNumber(string value)
    {
        Value = value;
    }

    /// <summary>The E.164 text.</summary>
    public string Value { get; }

    /// <summary>The number <paramref name="text"/> names in international form, or null when it names none.</summary>
    public static PhoneNumber? Parse(string text)
    {
        if (text.Length > MaximumWrittenLength)
        {
            return null;
        }

        // "+41 (0)79 …": the national trunk zero some write after the country code is not dialled from abroad.
        var written = text.Trim().Replace("(0)", "", StringComparison.Ordinal);
        var international = written.StartsWith('+') ? written[1..]
            : written.StartsWith("00", StringComparison.Ordinal) ? written[2..]
            : null;
        if (international is null)
        {
            return null;
        }

        var digits = new System.Text.StringBuilder(MaximumDigits);
        foreach (var c in international)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '/' or '(' or ')'))
            {
                return null;
            }
        }

        return digits.Length is >= MinimumDigits and <= MaximumDigits && digits[0] != '0'
            ? new PhoneNumber("+" + digits)
            : null;
    }

    /// <summary>Whether the number starts with one of <paramref name="prefixes"/> (E.164 prefixes such as <c>+881</c>).</summary>
    public bool StartsWithAny(IEnumerable<string> prefixes) =>
        prefixes.Any(prefix => Value.StartsWith(prefix, StringComparison.Ordinal));

    public override string ToString() => Value;
}

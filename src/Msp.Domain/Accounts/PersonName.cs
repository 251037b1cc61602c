using System.Text;

namespace Msp.Domain.Accounts;

/// <summary>
/// What a person's first or last name may hold. Names land in emails, invoices and pages the platform writes to other
/// people (the welcome email greets the resident by name), so a name is letters of any script with their accents,
/// digits, spaces and the punctuation real names carry (<c>O'Brien</c>, <c>Anne-Marie</c>, <c>Fam.</c>,
/// <c>Müller &amp; Co</c>): no line breaks or other control characters that could forge a paragraph, no direction
/// overrides that reorder what the reader sees, and no <c>:</c>, <c>/</c>, <c>@</c> or angle brackets from which a link
/// or an address could be written into someone else's inbox.
/// </summary>
public static class PersonName
{
    public const int MaximumLength = 255;

    /// <summary>Zero-width (non-)joiners are part of how Persian, Indic and other scripts spell names.</summary>
    private const int ZeroWidthNonJoiner = 0x200C;

    private const int ZeroWidthJoiner = 0x200D;

    public static bool IsAcceptable(string name) =>
        name.Length is > 0 and <= MaximumLength
        && name.EnumerateRunes().All(IsNameCharacter)
        && name.EnumerateRunes().Any(Rune.IsLetter);

    /// <summary>By code point, not UTF-16 unit: names in the supplementary planes (CJK extensions) are names too.</summary>
    private static bool IsNameCharacter(Rune c) => Rune.GetUnicodeCategory(c) switch
    {
        System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter
            or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber => true,
        _ => c.Value is ' ' or '\'' or '\u2019' or '-' or '.' or ',' or '(' or ')' or '&' or ZeroWidthNonJoiner or ZeroWidthJoiner,
    };
}

using System.Globalization;
using System.Text;

namespace Msp.Domain.Accounts;

/// <summary>
/// A person's first or last name. Names land in emails, invoices and pages the platform writes to other people (the
/// welcome email greets the resident by name), so a name is letters of any script with their accents, digits, spaces
/// and the punctuation real names carry (<c>O'Brien</c>, <c>Anne-Marie</c>, <c>Fam.</c>, <c>Müller &amp; Co</c>): no
/// line breaks or other control characters that could forge a paragraph, no direction overrides that reorder what the
/// reader sees, and no <c>:</c>, <c>/</c>, <c>@</c> or angle brackets from which a link or an address could be written
/// into someone else's inbox (ADR 15).
/// </summary>
public sealed record PersonName
{
    public const int MaximumLength = 255;

    /// <summary>Zero-width (non-)joiners are part of how Persian, Indic and other scripts spell names.</summary>
    private const int ZeroWidthNonJoiner = 0x200C;

    private const int ZeroWidthJoiner = 0x200D;

    private PersonName(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>The name <paramref name="text"/> is, as written; null when it is not one.</summary>
    public static PersonName? Parse(string text) =>
        text.Length is > 0 and <= MaximumLength
        && text.EnumerateRunes().All(IsNameCharacter)
        && text.EnumerateRunes().Any(Rune.IsLetter)
            ? new PersonName(text)
            : null;

    public override string ToString() => Value;

    /// <summary>By code point, not UTF-16 unit: names in the supplementary planes (CJK extensions) are names too.</summary>
    private static bool IsNameCharacter(Rune c) => Rune.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => c.Value is ' ' or '\'' or '\u2019' or '-' or '.' or ',' or '(' or ')' or '&' or ZeroWidthNonJoiner or ZeroWidthJoiner,
    };
}

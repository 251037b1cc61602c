using System.Globalization;
using System.Text;

namespace Msp.Domain.Text;

/// <summary>
/// Text a caller writes that the platform puts in front of someone else: an email, an SMS, a push notification, an
/// invoice, a page (ADR 15). Control characters and direction overrides never belong in it: a line break in a one-line
/// field forges a paragraph (or a header), and a right-to-left override shows the reader other text than was written.
/// </summary>
public static class ShownText
{
    /// <summary>One line: no control character at all, no line or paragraph separator, no direction control.</summary>
    public static bool IsSingleLine(string value) => value.EnumerateRunes().All(IsPrintable);

    /// <summary>Lines of text: as <see cref="IsSingleLine"/>, but line breaks and tabs are allowed.</summary>
    public static bool IsMultiLine(string value) => value.EnumerateRunes().All(c => c.Value is '\n' or '\r' or '\t' || IsPrintable(c));

    private static bool IsPrintable(Rune c) =>
        Rune.GetUnicodeCategory(c) is not (UnicodeCategory.Control
            or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate)
        && !IsDirectionControl(c.Value);

    /// <summary>The embeddings, overrides and isolates of Unicode's bidirectional algorithm, and the marks.</summary>
    private static bool IsDirectionControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;
}

using System.Text;

namespace Msp.Application.Common.Validation;

/// <summary>
/// Text a caller writes that the platform puts in front of someone else: an email, an SMS, a push notification, an
/// invoice, a page (ADR 15). Control characters and direction overrides never belong in it: a line break in a one-line
/// field forges a paragraph (or a header), and a right-to-left override shows the reader other text than was written.
/// </summary>
public static class FreeText
{
    /// <summary>One line: no control character at all, no line or paragraph separator, no direction control.</summary>
    public static bool IsSingleLine(string? value) => value is null || value.EnumerateRunes().All(c => IsPrintable(c));

    /// <summary>Lines of text: as <see cref="IsSingleLine"/>, but line breaks and tabs are allowed.</summary>
    public static bool IsMultiLine(string? value) => value is null || value.EnumerateRunes().All(c => c.Value is '\n' or '\r' or '\t' || IsPrintable(c));

    /// <summary>The value, when given, is one line of text (<see cref="IsSingleLine"/>).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeSingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsSingleLine).WithErrorCode("single_line").WithMessage("'{PropertyName}' must be one line of text, without control characters.");

    /// <summary>The value, when given, is text without control characters other than line breaks and tabs.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeMultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsMultiLine).WithErrorCode("text").WithMessage("'{PropertyName}' must be text, without control characters other than line breaks and tabs.");

    private static bool IsPrintable(Rune c) =>
        Rune.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator
            or System.Globalization.UnicodeCategory.Surrogate)
        && !IsDirectionControl(c.Value);

    /// <summary>The embeddings, overrides and isolates of Unicode's bidirectional algorithm, and the marks.</summary>
    private static bool IsDirectionControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;
}

namespace Msp.Domain.Accounts;

/// <summary>
/// A user's language as the platform stores and looks it up: an ISO 639-1 code, two ASCII letters, in lower case
/// (<c>de</c>); clients write it in either case. Whether the platform has texts in it is the catalogue's to say.
/// </summary>
public sealed record LanguageCode
{
    /// <summary>What a user gets where the platform has no text in the user's language (the email templates, ADR 17).</summary>
    public static LanguageCode English { get; } = new("en");

    private LanguageCode(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static LanguageCode? Parse(string text) =>
        text.Length == 2 && text.All(char.IsAsciiLetter) ? new LanguageCode(text.ToLowerInvariant()) : null;

    public override string ToString() => Value;
}

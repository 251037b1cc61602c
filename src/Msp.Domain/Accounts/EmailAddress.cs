using System.Net.Mail;

namespace Msp.Domain.Accounts;

/// <summary>
/// An email address as the platform takes it: a bare address (no display name, no comment, no spaces), whose domain
/// has a dot, at most RFC 5321's 254 characters. It is what login, the reset link and every email are addressed by, so
/// it is kept as written: the platform compares addresses case-insensitively where it looks one up.
/// </summary>
public sealed record EmailAddress
{
    public const int MaximumLength = 254;

    private EmailAddress(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>The address <paramref name="text"/> is, or null when it is not exactly one address.</summary>
    public static EmailAddress? Parse(string text) =>
        text is { Length: > 0 and <= MaximumLength }
        && !text.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
            ? new EmailAddress(text)
            : null;

    public override string ToString() => Value;
}

using System.Net.Mail;

namespace Msp.Application.Common.Validation;

/// <summary>An email address as a parameter: a bare address (no display name), at most RFC 5321's 254 characters.</summary>
public static class WireEmail
{
    public const int MaximumLength = 254;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaximumLength }
        && !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>The value, when given, is a well-formed email address.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsValid(value)).WithErrorCode("email").WithMessage("'{PropertyName}' must be an email address.");
}

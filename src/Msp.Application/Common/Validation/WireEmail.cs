using Msp.Domain.Accounts;

namespace Msp.Application.Common.Validation;

/// <summary>An email address as a parameter: an <see cref="EmailAddress"/>.</summary>
public static class WireEmail
{
    public static bool IsValid(string? value) => value is not null && EmailAddress.Parse(value) is not null;

    /// <summary>The value, when given, is a well-formed email address.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsValid(value)).WithErrorCode("email").WithMessage("'{PropertyName}' must be an email address.");
}

using Msp.Domain.Text;

namespace Msp.Application.Common.Validation;

/// <summary>The rules of <see cref="ShownText"/> on a request's text fields.</summary>
public static class FreeText
{
    /// <summary>The value, when given, is one line of text (<see cref="ShownText.IsSingleLine"/>).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeSingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || ShownText.IsSingleLine(value))
            .WithErrorCode("single_line").WithMessage("'{PropertyName}' must be one line of text, without control characters.");

    /// <summary>The value, when given, is text without control characters other than line breaks and tabs.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeMultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || ShownText.IsMultiLine(value))
            .WithErrorCode("text").WithMessage("'{PropertyName}' must be text, without control characters other than line breaks and tabs.");
}

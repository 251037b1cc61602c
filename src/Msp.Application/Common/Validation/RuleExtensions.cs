namespace Msp.Application.Common.Validation;

/// <summary>Attaches a catalogue entry to a rule; the validation behavior answers with it when the rule fails first.</summary>
public static class RuleExtensions
{
    public static IRuleBuilderOptions<T, TProperty> WithError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ApiError error) =>
        rule.WithState(_ => error);

    /// <summary>The parameter was sent (the transport already turns an empty value into a missing one).</summary>
    public static IRuleBuilderOptions<T, string?> Present<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithErrorCode("missing");
}

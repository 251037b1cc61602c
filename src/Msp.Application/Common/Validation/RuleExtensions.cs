namespace Msp.Application.Common.Validation;

/// <summary>Attaches a catalogue entry to a rule; the validation behavior answers with it when the rule fails first.</summary>
public static class RuleExtensions
{
    public static IRuleBuilderOptions<T, TProperty> WithError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ApiError error) =>
        rule.WithState(_ => error);

    /// <summary>The parameter was sent (the transport already turns an empty value into a missing one).</summary>
    public static IRuleBuilderOptions<T, string?> Present<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithErrorCode("missing");

    /// <summary>The parameter was sent.</summary>
    public static IRuleBuilderOptions<T, TValue?> Present<T, TValue>(this IRuleBuilder<T, TValue?> rule)
        where TValue : class, IWireValue =>
        rule.NotNull().WithErrorCode("missing");

    /// <summary>The value, when given, means what its type says (an id, a MAC, …).</summary>
    public static IRuleBuilderOptions<T, TValue?> MustBeValid<T, TValue>(this IRuleBuilder<T, TValue?> rule)
        where TValue : class, IWireValue =>
        rule.Must(value => value is null || value.IsValid)
            .WithErrorCode("format")
            .WithMessage((_, value) => $"'{{PropertyName}}' must be {value!.Expected}.");

    /// <summary>The value, when given, is an id.</summary>
    public static IRuleBuilderOptions<T, WireId?> MustBeId<T>(this IRuleBuilder<T, WireId?> rule) => rule.MustBeValid();
}

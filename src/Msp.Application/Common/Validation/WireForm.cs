namespace Msp.Application.Common.Validation;

/// <summary>
/// How a wire value is written, for the published contract: its JSON type and the shape the binder accepts. The value
/// type says it once, beside its parser, so the OpenAPI document cannot drift from what the binder takes.
/// </summary>
public sealed record WireForm(WireFormType Type, string? Format = null, string? Pattern = null, long? Minimum = null, long? Maximum = null)
{
    /// <summary>The only values taken, in their canonical spelling (any case is accepted where the type says so).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}

/// <summary>The JSON type a wire value is documented as; in a query or form it is the same text.</summary>
public enum WireFormType
{
    Text,
    WholeNumber,
}

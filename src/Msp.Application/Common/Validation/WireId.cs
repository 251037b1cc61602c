using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>An id as a parameter: a positive whole number, written without sign, spaces or separators.</summary>
public sealed class WireId : WireValue<long>, IWireValue<WireId>
{
    private WireId(string text)
        : base(text, TryParse(text, out var id), id)
    {
    }

    public override string Expected => "a positive whole number";

    public static WireForm Form { get; } = new(WireFormType.WholeNumber, "int64", Minimum: 1);

    public static WireId FromText(string text) => new(text);

    public static bool TryParse(string? value, out long id) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}

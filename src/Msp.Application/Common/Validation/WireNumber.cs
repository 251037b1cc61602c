using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>A whole number as a parameter (an address <c>type</c>): digits only, within <see cref="int"/>.</summary>
public sealed class WireNumber : WireValue<int>, IWireValue<WireNumber>
{
    private WireNumber(string text)
        : base(text, int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number), number)
    {
    }

    public override string Expected => "a whole number";

    public static WireForm Form { get; } = new(WireFormType.WholeNumber, "int32", Minimum: 0, Maximum: int.MaxValue);

    public static WireNumber FromText(string text) => new(text);
}

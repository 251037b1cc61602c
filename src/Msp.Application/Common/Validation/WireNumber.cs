using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>A whole number as a parameter (an address <c>type</c>): digits only, within <see cref="int"/>.</summary>
public sealed class WireNumber : IWireValue<WireNumber>
{
    private readonly int _value;

    private WireNumber(string text)
    {
        Text = text;
        IsValid = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _value);
    }

    public string Text { get; }

    public bool IsValid { get; }

    public string Expected => "a whole number";

    public int Value => WireValueGuard.Checked(this, _value);

    object IWireValue.Stored => Value;

    public static WireNumber FromText(string text) => new(text);

    public override string ToString() => Text;
}

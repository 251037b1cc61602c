namespace Msp.Application.Common.Validation;

/// <summary>A yes/no parameter as the spec writes it: <c>0</c> or <c>1</c>.</summary>
public sealed class WireFlag : IWireValue<WireFlag>
{
    private WireFlag(string text) => Text = text;

    public string Text { get; }

    public bool IsValid => Text is "0" or "1";

    public string Expected => "0 or 1";

    public bool Value => WireValueGuard.Checked(this, Text == "1");

    object IWireValue.Stored => Value ? 1 : 0;

    public static WireFlag FromText(string text) => new(text);

    public override string ToString() => Text;
}

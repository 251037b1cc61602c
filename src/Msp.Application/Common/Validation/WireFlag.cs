namespace Msp.Application.Common.Validation;

/// <summary>A yes/no parameter as the spec writes it: <c>0</c> or <c>1</c>.</summary>
public sealed class WireFlag : WireValue<bool>, IWireValue<WireFlag>
{
    private WireFlag(string text)
        : base(text, text is "0" or "1", text == "1")
    {
    }

    public override string Expected => "0 or 1";

    public static WireForm Form { get; } = new(WireFormType.WholeNumber, "int32", Minimum: 0, Maximum: 1);

    protected override object Stored => Value ? 1 : 0;

    public static WireFlag FromText(string text) => new(text);
}

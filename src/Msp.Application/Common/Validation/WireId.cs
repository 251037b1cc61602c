using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>An id as a parameter: a positive whole number, written without sign, spaces or separators.</summary>
public sealed class WireId : IWireValue<WireId>
{
    private readonly long _value;

    private WireId(string text)
    {
        Text = text;
        IsValid = TryParse(text, out _value);
    }

    public string Text { get; }

    public bool IsValid { get; }

    public string Expected => "a positive whole number";

    /// <summary>The id.</summary>
    public long Value => WireValueGuard.Checked(this, _value);

    object IWireValue.Stored => Value;

    public static WireId FromText(string text) => new(text);

    public static bool TryParse(string? value, out long id) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    public override string ToString() => Text;
}

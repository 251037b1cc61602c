namespace Msp.Application.Common.Validation;

/// <summary>A two-letter ISO 3166 country code, stored in upper case (<c>ch</c> → <c>CH</c>).</summary>
public sealed class WireCountry : IWireValue<WireCountry>
{
    private WireCountry(string text) => Text = text;

    public string Text { get; }

    public bool IsValid => Text.Length == 2 && Text.All(char.IsAsciiLetter);

    public string Expected => "a two-letter ISO 3166 country code";

    public string Value => WireValueGuard.Checked(this, Text.ToUpperInvariant());

    object IWireValue.Stored => Value;

    public static WireCountry FromText(string text) => new(text);

    public override string ToString() => Text;
}

namespace Msp.Application.Common.Validation;

/// <summary>A two-letter ISO 3166 country code; its value is in upper case (<c>ch</c> → <c>CH</c>).</summary>
public sealed class WireCountry : WireValue<string>, IWireValue<WireCountry>
{
    private WireCountry(string text)
        : base(text, text.Length == 2 && text.All(char.IsAsciiLetter), text.ToUpperInvariant())
    {
    }

    public override string Expected => "a two-letter ISO 3166 country code";

    public static WireForm Form { get; } = new(WireFormType.Text, Pattern: "^[A-Za-z]{2}$");

    public static WireCountry FromText(string text) => new(text);
}

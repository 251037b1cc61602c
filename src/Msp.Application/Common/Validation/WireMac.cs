using Msp.Domain.Addresses;

namespace Msp.Application.Common.Validation;

/// <summary>A MAC as devices and installers write it (colons, hyphens or none, either case); stored in one form.</summary>
public sealed class WireMac : IWireValue<WireMac>
{
    private readonly string? _canonical;

    private WireMac(string text)
    {
        Text = text;
        _canonical = MacAddress.Canonical(text);
    }

    public string Text { get; }

    public bool IsValid => _canonical is not null;

    public string Expected => "a MAC address (AA:BB:CC:00:09:55)";

    /// <summary>The canonical form, <c>AA:BB:CC:00:09:55</c>.</summary>
    public string Value => WireValueGuard.Checked(this, _canonical!);

    object IWireValue.Stored => Value;

    public static WireMac FromText(string text) => new(text);

    public override string ToString() => Text;
}

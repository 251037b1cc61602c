using Msp.Domain.Addresses;

namespace Msp.Application.Common.Validation;

/// <summary>A MAC as devices and installers write it (colons, hyphens or none, either case); its value is the canonical form, <c>AA:BB:CC:00:09:55</c>.</summary>
public sealed class WireMac : WireValue<string>, IWireValue<WireMac>
{
    private WireMac(string text, string? canonical)
        : base(text, canonical is not null, canonical)
    {
    }

    public override string Expected => "a MAC address (AA:BB:CC:00:09:55)";

    public static WireForm Form { get; } = new(WireFormType.Text, Pattern: @"^([0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\2[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{12})$");

    public static WireMac FromText(string text) => new(text, MacAddress.Parse(text)?.Value);
}

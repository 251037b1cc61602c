using Msp.Domain.Addresses;

namespace Msp.Application.Common.Validation;

/// <summary>An IPv4 or IPv6 address; its value is the domain's <see cref="IpAddress"/>, stored in its canonical form.</summary>
public sealed class WireIp : WireValue<IpAddress>, IWireValue<WireIp>
{
    private WireIp(string text, IpAddress? ip)
        : base(text, ip is not null, ip)
    {
    }

    public override string Expected => "an IPv4 or IPv6 address (8.8.8.8, 2001:db8::1)";

    public static WireForm Form { get; } = new(WireFormType.Text, Pattern: "^[0-9A-Fa-f:.]{2,45}$");

    protected override object Stored => Value.Value;

    public static WireIp FromText(string text) => new(text, IpAddress.Parse(text));
}

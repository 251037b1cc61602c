using Msp.Domain.Accounts;

namespace Msp.Application.Common.Validation;

/// <summary>A telephone number as people write it in international form; its value is E.164 (<see cref="PhoneNumber"/>).</summary>
public sealed class WirePhoneNumber : WireValue<PhoneNumber>, IWireValue<WirePhoneNumber>
{
    private WirePhoneNumber(string text, PhoneNumber? number)
        : base(text, number is not null, number)
    {
    }

    public override string Expected => "a phone number in international form (+41783338763)";

    public static WireForm Form { get; } = new(WireFormType.Text, Pattern: @"^(\+|00)[0-9 ()./-]{6,30}$");

    protected override object Stored => Value.Value;

    public static WirePhoneNumber FromText(string text) => new(text, PhoneNumber.Parse(text));
}

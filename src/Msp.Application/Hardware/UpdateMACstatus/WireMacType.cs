using Msp.Domain.Addresses;

namespace Msp.Application.Hardware.UpdateMACstatus;

/// <summary>updateMACstatus's <c>type</c>: Isg, Ata, Phone or Smb1–Smb4, in any case; its value is the slot it names.</summary>
public sealed class WireMacType : WireValue<DeviceSlotKind>, IWireValue<WireMacType>
{
    private WireMacType(string text, DeviceSlotKind? kind)
        : base(text, kind is not null, kind ?? default)
    {
    }

    public override string Expected => "one of Isg, Ata, Phone, Smb1, Smb2, Smb3, Smb4";

    public static WireForm Form { get; } = new(WireFormType.Text) { Choices = Enum.GetNames<DeviceSlotKind>() };

    public static WireMacType FromText(string text) => new(
        text,
        Enum.GetValues<DeviceSlotKind>().Select(kind => (DeviceSlotKind?)kind)
            .FirstOrDefault(kind => string.Equals(kind.ToString(), text, StringComparison.OrdinalIgnoreCase)));
}

namespace Msp.Domain.Addresses;

/// <summary>
/// The hardware of one address as the device reports change it (updateMACstatus, updateIP): its slots, the ISG's
/// public IP (empty until the ISG reports one) and when the ISG last reported it. <see cref="Version"/> is the version
/// the devices were read at: a save succeeds only if nobody changed them since, so concurrent reports about different
/// slots of one address are all kept (ADR 18).
/// </summary>
public sealed record AddressDevices(long AddressId, long Version, DeviceSlots Slots, string IsgIp, DateTime? IsgUpdatedAt)
{
    /// <summary>The address after the device in slot <paramref name="kind"/> reported its status.</summary>
    public AddressDevices WithStatus(DeviceSlotKind kind, bool active, DateTime nowUtc) =>
        this with { Slots = Slots.WithStatus(kind, active, nowUtc) };

    /// <summary>The address after its ISG reported its public IP: the IP, and the time of the report even when the IP is the same.</summary>
    public AddressDevices WithIsgIp(IpAddress ip, DateTime nowUtc) => this with { IsgIp = ip.Value, IsgUpdatedAt = nowUtc };
}

using System.ComponentModel.DataAnnotations;
using Msp.Domain.Addresses;

namespace Msp.Application.Addresses.Fields;

/// <summary>
/// The address fields a client may write (docs/contract.md §3 on 6.1/6.4): what addressList shows, less what the platform
/// keeps itself (MAC statuses and their dates, the ISG's IP and update time, the flat link, smb4). ADR 9. Bound from
/// the request's flat parameters; null is "not given" (the table's default on create, unchanged on update). A text's
/// length is its column's (db/sqlserver/0002_addresses.sql): 255 unless marked, so the database never cuts one off.
/// </summary>
public sealed record AddressFields(
    string? Gender,
    string? Company,
    string? Firstname,
    string? Lastname,
    [MaxLength(AddressFields.ShortText)] string? Letter,
    [MaxLength(AddressFields.ShortText)] string? Floor,
    string? StreetAddress,
    string? StreetNumber,
    string? Suburb,
    [MaxLength(AddressFields.ShortText)] string? Postcode,
    string? City,
    WireId? CityId,
    string? State,
    WireCountry? CountryIso,
    WireNumber? Type,
    [MaxLength(AddressFields.ShortText)] string? Lat,
    [MaxLength(AddressFields.ShortText)] string? Lng,
    [MaxLength(AddressFields.ShortText)] string? ApartmentNumber,
    string? Oto,
    string? BuildingName,
    string? Name,
    WireMac? Mac,
    WireMac? IsgMac,
    WireMac? Smb1Mac,
    WireMac? Smb2Mac,
    WireMac? Smb3Mac,
    WireMac? AtaMac,
    string? AtaMacModel,
    WireMac? PhoneMac,
    string? PhoneMacModel,
    WireFlag? Billing,
    WireFlag? Installation,
    WireNumber? TypeAddress,
    string? CustomTypeAddress) : IWireFields
{
    public const int Text = 255;

    public const int ShortText = 32;

    /// <summary>No field given: an update has nothing to change.</summary>
    public bool IsEmpty => Equals(Empty);

    private static AddressFields Empty { get; } = NoneGiven();

    private static AddressFields NoneGiven()
    {
        var constructor = RequestShape.BindingConstructor(typeof(AddressFields));
        return (AddressFields)constructor.Invoke(new object?[constructor.GetParameters().Length]);
    }

    /// <summary>A client that names the city by id need not spell it out: what it left out comes from the city.</summary>
    public AddressFields In(City city) => this with
    {
        City = City ?? city.Name,
        State = State ?? city.State,
        CountryIso = CountryIso ?? WireCountry.FromText(city.CountryIso),
    };

    /// <summary>Whether the update names a MAC for any device slot; without one every slot stays as it is.</summary>
    public bool WritesDeviceMacs => IsgMac is not null || Smb1Mac is not null || Smb2Mac is not null || Smb3Mac is not null
        || AtaMac is not null || PhoneMac is not null;

    /// <summary>The device slots' new MACs, for <see cref="DeviceSlots"/>; a slot not given keeps its MAC.</summary>
    public IReadOnlyDictionary<DeviceSlotKind, string?> DeviceMacs => Slots(mac => mac?.Value);

    /// <summary>
    /// A MAC the request gives for two device slots, or null: <see cref="DeviceSlots.RepeatedMac"/> of the well-formed
    /// MACs given (a malformed one fails its own rule).
    /// </summary>
    public string? RepeatedDeviceMac => DeviceSlots.None.WithMacs(Slots(mac => mac is { IsValid: true } ? mac.Value : null)).RepeatedMac;

    private Dictionary<DeviceSlotKind, string?> Slots(Func<WireMac?, string?> mac) => new()
    {
        [DeviceSlotKind.Isg] = mac(IsgMac),
        [DeviceSlotKind.Smb1] = mac(Smb1Mac),
        [DeviceSlotKind.Smb2] = mac(Smb2Mac),
        [DeviceSlotKind.Smb3] = mac(Smb3Mac),
        [DeviceSlotKind.Ata] = mac(AtaMac),
        [DeviceSlotKind.Phone] = mac(PhoneMac),
    };
}

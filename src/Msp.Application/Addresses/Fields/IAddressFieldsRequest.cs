namespace Msp.Application.Addresses.Fields;

/// <summary>
/// The address fields a client may write (CONTRACT.md §3 on 6.1/6.4): what addressList shows, less what the platform
/// keeps itself (MAC statuses and their dates, the ISG's IP and update time, the flat link, smb4). ADR 9.
/// </summary>
public interface IAddressFieldsRequest
{
    string? Gender { get; }

    string? Company { get; }

    string? Firstname { get; }

    string? Lastname { get; }

    string? Letter { get; }

    string? Floor { get; }

    string? StreetAddress { get; }

    string? StreetNumber { get; }

    string? Suburb { get; }

    string? Postcode { get; }

    string? City { get; }

    string? CityId { get; }

    string? State { get; }

    string? CountryIso { get; }

    string? Type { get; }

    string? Lat { get; }

    string? Lng { get; }

    string? ApartmentNumber { get; }

    string? Oto { get; }

    string? BuildingName { get; }

    string? Name { get; }

    string? Mac { get; }

    string? IsgMac { get; }

    string? Smb1Mac { get; }

    string? Smb2Mac { get; }

    string? Smb3Mac { get; }

    string? AtaMac { get; }

    string? AtaMacModel { get; }

    string? PhoneMac { get; }

    string? PhoneMacModel { get; }

    string? Billing { get; }

    string? Installation { get; }

    string? TypeAddress { get; }

    string? CustomTypeAddress { get; }
}

using System.Globalization;
using Msp.Domain.Addresses;

namespace Msp.Application.Addresses.Fields;

/// <summary>The address fields a request gave, parsed; null is "not given" (the table's default on create, unchanged on update).</summary>
public sealed record AddressFields
{
    public static AddressFields None { get; } = new();

    public string? Gender { get; init; }

    public string? Company { get; init; }

    public string? Firstname { get; init; }

    public string? Lastname { get; init; }

    public string? Letter { get; init; }

    public string? Floor { get; init; }

    public string? StreetAddress { get; init; }

    public string? StreetNumber { get; init; }

    public string? Suburb { get; init; }

    public string? Postcode { get; init; }

    public string? City { get; init; }

    public long? CityId { get; init; }

    public string? State { get; init; }

    public string? CountryIso { get; init; }

    public int? Type { get; init; }

    public string? Lat { get; init; }

    public string? Lng { get; init; }

    public string? ApartmentNumber { get; init; }

    public string? Oto { get; init; }

    public string? BuildingName { get; init; }

    public string? Name { get; init; }

    public string? Mac { get; init; }

    public string? IsgMac { get; init; }

    public string? Smb1Mac { get; init; }

    public string? Smb2Mac { get; init; }

    public string? Smb3Mac { get; init; }

    public string? AtaMac { get; init; }

    public string? AtaMacModel { get; init; }

    public string? PhoneMac { get; init; }

    public string? PhoneMacModel { get; init; }

    public int? Billing { get; init; }

    public int? Installation { get; init; }

    public int? TypeAddress { get; init; }

    public string? CustomTypeAddress { get; init; }

    /// <summary>Parses a request its validator (an <see cref="AddressFieldsValidator{T}"/>) has accepted.</summary>
    public static AddressFields From(IAddressFieldsRequest request) => new()
    {
        Gender = request.Gender,
        Company = request.Company,
        Firstname = request.Firstname,
        Lastname = request.Lastname,
        Letter = request.Letter,
        Floor = request.Floor,
        StreetAddress = request.StreetAddress,
        StreetNumber = request.StreetNumber,
        Suburb = request.Suburb,
        Postcode = request.Postcode,
        City = request.City,
        CityId = request.CityId is null ? null : WireId.Parse(request.CityId),
        State = request.State,
        CountryIso = request.CountryIso?.ToUpperInvariant(),
        Type = Number(request.Type),
        Lat = request.Lat,
        Lng = request.Lng,
        ApartmentNumber = request.ApartmentNumber,
        Oto = request.Oto,
        BuildingName = request.BuildingName,
        Name = request.Name,
        Mac = CanonicalMac(request.Mac),
        IsgMac = CanonicalMac(request.IsgMac),
        Smb1Mac = CanonicalMac(request.Smb1Mac),
        Smb2Mac = CanonicalMac(request.Smb2Mac),
        Smb3Mac = CanonicalMac(request.Smb3Mac),
        AtaMac = CanonicalMac(request.AtaMac),
        AtaMacModel = request.AtaMacModel,
        PhoneMac = CanonicalMac(request.PhoneMac),
        PhoneMacModel = request.PhoneMacModel,
        Billing = Number(request.Billing),
        Installation = Number(request.Installation),
        TypeAddress = Number(request.TypeAddress),
        CustomTypeAddress = request.CustomTypeAddress,
    };

    /// <summary>A client that names the city by id need not spell it out: what it left out comes from the city.</summary>
    public AddressFields In(City city) => this with
    {
        City = City ?? city.Name,
        State = State ?? city.State,
        CountryIso = CountryIso ?? city.CountryIso,
    };

    internal static bool IsNumber(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static int? Number(string? value) => value is null ? null : int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string? CanonicalMac(string? value) => value is null ? null : MacAddress.Canonical(value);
}

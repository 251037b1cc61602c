namespace Msp.Application.RealEstate.Fields;

/// <summary>
/// The flat fields of flatCreate and flatUpdate (spec 6.9, 6.13), by the spec's names, bound from the request's flat
/// parameters; null is "not given" (the table's default on create, unchanged on update). A text's length is its
/// column's (db/sqlserver/0026_real_estate.sql), so the database never cuts one off.
/// </summary>
public sealed record FlatFields(
    WireId? BuildingId,
    WireCountry? Country,
    string? State,
    string? City,
    string? StreetName,
    string? StreetNumber,
    string? Postcode,
    WireNumber? Floor,
    WireNumber? ApartmentNumber,
    string? Letter,
    string? Code,
    WireNumber? Size) : IWireFields
{
    public const int Text = 255;

    public const int ShortText = 32;
}

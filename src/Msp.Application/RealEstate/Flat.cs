using System.Text.Json.Serialization;

namespace Msp.Application.RealEstate;

/// <summary>
/// A flat as flatListAvailable and flatListOccupied answer it, with flatCreate's fields by the spec's names (spec 6.9):
/// ids as JSON strings like every id of the spec, the integers of 6.9 (floor, apartment number, size) as numbers.
/// </summary>
public sealed class Flat
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long BuildingId { get; init; }

    public string Country { get; init; } = "";

    public string State { get; init; } = "";

    public string City { get; init; } = "";

    public string StreetName { get; init; } = "";

    public string StreetNumber { get; init; } = "";

    public string Postcode { get; init; } = "";

    public int Floor { get; init; }

    public int ApartmentNumber { get; init; }

    public string Letter { get; init; } = "";

    public string Code { get; init; } = "";

    public int? Size { get; init; }
}

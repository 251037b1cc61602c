namespace Msp.Application.RealEstate.FlatListAvailable;

/// <summary>What GET /flat/listAvailable answers.</summary>
public static class FlatListAvailableAnswers
{
    /// <summary>Flat 2 of building 1 in the demo data (docs/demo-data.md), which no address points at.</summary>
    private const string Flats = """
        {"data":[{"id":"2","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":2,"apartment_number":2,"letter":"","code":"R-100-A-2","size":72}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Flats, RealEstateErrors.NoFlatFound, RealEstateErrors.ClientNotAuthorized);
}

namespace Msp.Application.RealEstate.FlatListOccupied;

/// <summary>What GET /flat/listOccupied answers.</summary>
public static class FlatListOccupiedAnswers
{
    /// <summary>Flat 1 of building 1 in the demo data (docs/demo-data.md), where user 955 lives.</summary>
    private const string Flats = """
        {"data":[{"id":"1","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":1,"apartment_number":1,"letter":"","code":"R-100-A-1","size":85}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Flats, RealEstateErrors.NoFlatFound, RealEstateErrors.ClientNotAuthorized);
}

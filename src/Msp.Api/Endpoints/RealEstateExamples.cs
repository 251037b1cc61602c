namespace Msp.Api.Endpoints;

/// <summary>The real-estate answers of the demo data (SEED.md: BP 2's residence R-100, building 1, flats 1 and 2).</summary>
internal static class RealEstateExamples
{
    public const string Residences = """
        [{"id":"1","residence_number":"R-100","name":"Lindau Mitte","postcode":"8400","city":"Winterthur"}]
        """;

    public const string ResidencesFull = """
        [{"id":"1","residence_number":"R-100","name":"Lindau Mitte","postcode":"8400","city":"Winterthur","buildings":[{"id":"1","residence_id":"1","name":"Haus A","street_name":"Markt","street_number":"12"}]}]
        """;

    public const string Buildings = """
        {"data":[{"id":"1","residence_id":"1","name":"Haus A","street_name":"Markt","street_number":"12"}]}
        """;

    public const string AvailableFlats = """
        {"data":[{"id":"2","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":2,"apartment_number":2,"letter":"","code":"R-100-A-2","size":72}]}
        """;

    public const string OccupiedFlats = """
        {"data":[{"id":"1","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":1,"apartment_number":1,"letter":"","code":"R-100-A-1","size":85}]}
        """;

    public const string FlatCreated = """{"msg":"ok","data":{"id":3}}""";

    public const string Ok = """{"msg":"ok"}""";
}

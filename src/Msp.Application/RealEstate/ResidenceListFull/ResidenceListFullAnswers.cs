namespace Msp.Application.RealEstate.ResidenceListFull;

/// <summary>What GET /residence/listFull answers.</summary>
public static class ResidenceListFullAnswers
{
    /// <summary>BP 2's residence R-100 in the demo data (docs/demo-data.md).</summary>
    private const string Residences = """
        [{"id":"1","residence_number":"R-100","name":"Lindau Mitte","postcode":"8400","city":"Winterthur","buildings":[{"id":"1","residence_id":"1","name":"Haus A","street_name":"Markt","street_number":"12"}]}]
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json([Residences, "[]"], RealEstateErrors.ClienteNotAuthorized);
}

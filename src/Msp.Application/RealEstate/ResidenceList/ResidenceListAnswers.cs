namespace Msp.Application.RealEstate.ResidenceList;

/// <summary>What GET /residence/list answers.</summary>
public static class ResidenceListAnswers
{
    /// <summary>BP 2's residence R-100 in the demo data (docs/demo-data.md).</summary>
    private const string Residences = """
        [{"id":"1","residence_number":"R-100","name":"Lindau Mitte","postcode":"8400","city":"Winterthur"}]
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json([Residences, "[]"], RealEstateErrors.ClienteNotAuthorized);
}

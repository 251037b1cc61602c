namespace Msp.Application.RealEstate.BuildingList;

/// <summary>What GET /building/list answers.</summary>
public static class BuildingListAnswers
{
    /// <summary>BP 2's residence R-100 in the demo data (docs/demo-data.md).</summary>
    private const string Buildings = """
        {"data":[{"id":"1","residence_id":"1","name":"Haus A","street_name":"Markt","street_number":"12"}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json([Buildings, """{"data":[]}"""], RealEstateErrors.Unauthorized);
}

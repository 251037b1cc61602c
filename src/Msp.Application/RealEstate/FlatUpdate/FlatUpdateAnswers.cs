namespace Msp.Application.RealEstate.FlatUpdate;

/// <summary>What POST /flat/update answers.</summary>
public static class FlatUpdateAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"ok"}""",
        RealEstateErrors.MissingParameters,
        ApiError.BadParameters,
        RealEstateErrors.NoBuildingFound,
        RealEstateErrors.NoCityFound,
        RealEstateErrors.ClientNotAuthorized,
        RealEstateErrors.NoFlatFound);
}

namespace Msp.Application.RealEstate.FlatCreate;

/// <summary>What POST /flat/create answers.</summary>
public static class FlatCreateAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"ok","data":{"id":3}}""",
        RealEstateErrors.MissingParameters,
        ApiError.BadParameters,
        RealEstateErrors.NoBuildingFound,
        RealEstateErrors.NoCityFound,
        RealEstateErrors.ClientNotAuthorized);
}

namespace Msp.Application.RealEstate.FlatDelete;

/// <summary>What DELETE /flat/delete answers.</summary>
public static class FlatDeleteAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"ok"}""", RealEstateErrors.NoFlatFound, RealEstateErrors.FlatOccupied, RealEstateErrors.Unauthorized);
}

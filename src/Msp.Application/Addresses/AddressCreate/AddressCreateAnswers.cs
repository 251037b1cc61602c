namespace Msp.Application.Addresses.AddressCreate;

/// <summary>What POST /address/create answers.</summary>
public static class AddressCreateAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(AddressCreateAnswers)), ApiError.MissingParameters, ApiError.BadParameters, AddressesErrors.Unauthorized);
}

namespace Msp.Application.Addresses.AddressUpdate;

/// <summary>What POST /address/update answers.</summary>
public static class AddressUpdateAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"ok"}""", ApiError.MissingParameters, ApiError.BadParameters, AddressesErrors.NoAddressFoundForUpdate, AddressesErrors.Unauthorized);
}

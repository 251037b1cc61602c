namespace Msp.Application.Addresses.AddressDelete;

/// <summary>What DELETE /address/delete answers.</summary>
public static class AddressDeleteAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"ok"}""", AddressesErrors.NoAddressFound, AddressesErrors.Unauthorized);
}

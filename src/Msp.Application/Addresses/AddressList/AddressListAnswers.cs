namespace Msp.Application.Addresses.AddressList;

/// <summary>What GET /address/list answers.</summary>
public static class AddressListAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(AddressListAnswers)), AddressesErrors.Unauthorized);
}

namespace Msp.Application.Upstreams.MyVpn.GetContact;

/// <summary>What GET /myvpn/getContact answers.</summary>
public static class GetContactAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetContactAnswers)), MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
}

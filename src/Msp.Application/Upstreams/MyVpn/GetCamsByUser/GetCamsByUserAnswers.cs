namespace Msp.Application.Upstreams.MyVpn.GetCamsByUser;

/// <summary>What GET /myvpn/getCamsByUser answers.</summary>
public static class GetCamsByUserAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetCamsByUserAnswers)), MyVpnErrors.IdNotFound, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
}

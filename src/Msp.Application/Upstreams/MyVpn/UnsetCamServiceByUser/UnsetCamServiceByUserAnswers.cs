namespace Msp.Application.Upstreams.MyVpn.UnsetCamServiceByUser;

/// <summary>What POST /myvpn/unsetCamServiceByUser answers.</summary>
public static class UnsetCamServiceByUserAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(UnsetCamServiceByUserAnswers)), MyVpnErrors.IdNotFound, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
}

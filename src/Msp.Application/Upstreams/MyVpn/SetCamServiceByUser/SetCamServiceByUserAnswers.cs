namespace Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;

/// <summary>What POST /myvpn/setCamServiceByUser answers.</summary>
public static class SetCamServiceByUserAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(SetCamServiceByUserAnswers)), MyVpnErrors.IdNotFound, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
}

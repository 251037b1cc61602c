namespace Msp.Application.Upstreams.MyVpn.GetCertificates;

/// <summary>What POST /myvpn/getCertificates answers.</summary>
public static class GetCertificatesAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        OperationExamples.Text(typeof(GetCertificatesAnswers)), MyVpnErrors.IdNotFound, ApiError.MissingParameters, ApiError.BadParameters, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
}

namespace Msp.Application.Upstreams.MyEntertainment.GetCredentials;

/// <summary>What GET /myentertainment/getCredentials answers.</summary>
public static class GetCredentialsAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetCredentialsAnswers)), MyEntertainmentErrors.Unauthorized, ApiError.TooManyRequests);
}

namespace Msp.Application.Upstreams.MyEntertainment.GetContact;

/// <summary>What GET /myentertainment/getContact answers.</summary>
public static class GetContactAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetContactAnswers)), MyEntertainmentErrors.Unauthorized, ApiError.TooManyRequests);
}

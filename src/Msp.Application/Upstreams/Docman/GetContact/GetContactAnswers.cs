namespace Msp.Application.Upstreams.Docman.GetContact;

/// <summary>What GET /getContact and /sw/getContact answers: spec 5.1's example (example.json), which the sandbox answers too.</summary>
public static class GetContactAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetContactAnswers)), DocmanErrors.Unauthorized, ApiError.TooManyRequests);
}

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;

/// <summary>What GET /getRestaurantProfile answers.</summary>
public static class GetRestaurantProfileAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetRestaurantProfileAnswers)), LunchgateErrors.BadParameters, LunchgateErrors.Unauthorized, ApiError.TooManyRequests);
}

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurant;

/// <summary>What GET /getRestaurant answers.</summary>
public static class GetRestaurantAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetRestaurantAnswers)), LunchgateErrors.BadParameters, LunchgateErrors.Unauthorized, ApiError.TooManyRequests);
}

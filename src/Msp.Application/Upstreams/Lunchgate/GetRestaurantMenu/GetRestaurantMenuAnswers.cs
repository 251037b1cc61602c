namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;

/// <summary>What GET /getRestaurantMenu answers.</summary>
public static class GetRestaurantMenuAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetRestaurantMenuAnswers)), LunchgateErrors.BadParameters, LunchgateErrors.Unauthorized, ApiError.TooManyRequests);
}

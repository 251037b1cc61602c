namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;

/// <summary>Restaurant_ID is required and an id; Day and Limit are optional and bounded (docs/upstreams.md).</summary>
public sealed class GetRestaurantMenuQueryValidator : AbstractValidator<GetRestaurantMenuQuery>
{
    public GetRestaurantMenuQueryValidator()
    {
        RuleFor(q => q.RestaurantId).Present().WithError(LunchgateErrors.BadParameters);
        RuleFor(q => q.RestaurantId).MustBeId().WithError(LunchgateErrors.BadParameters);
        RuleFor(q => q.Day).Must(RestaurantRules.IsDay).WithErrorCode("day").WithError(LunchgateErrors.BadParameters);
        RuleFor(q => q.Limit).Must(RestaurantRules.IsLimit).WithErrorCode("limit").WithError(LunchgateErrors.BadParameters);
    }
}

namespace Msp.Application.Upstreams.Lunchgate.GetRestaurant;

/// <summary>At least one of Location and Keywords (docs/contract.md §3), each a short line of text.</summary>
public sealed class GetRestaurantQueryValidator : AbstractValidator<GetRestaurantQuery>
{
    public GetRestaurantQueryValidator()
    {
        RuleFor(q => q.Location).Must((query, location) => location is not null || query.Keywords is not null)
            .WithErrorCode("missing").WithError(LunchgateErrors.BadParameters);
        RuleFor(q => q.Location).Must(RestaurantRules.IsSearchText).WithErrorCode("text").WithError(LunchgateErrors.BadParameters);
        RuleFor(q => q.Keywords).Must(RestaurantRules.IsSearchText).WithErrorCode("text").WithError(LunchgateErrors.BadParameters);
    }
}

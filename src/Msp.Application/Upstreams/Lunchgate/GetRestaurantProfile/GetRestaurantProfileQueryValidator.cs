namespace Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;

public sealed class GetRestaurantProfileQueryValidator : AbstractValidator<GetRestaurantProfileQuery>
{
    public GetRestaurantProfileQueryValidator()
    {
        RuleFor(q => q.RestaurantId).Present().WithError(LunchgateErrors.BadParameters);
        RuleFor(q => q.RestaurantId).MustBeId().WithError(LunchgateErrors.BadParameters);
    }
}

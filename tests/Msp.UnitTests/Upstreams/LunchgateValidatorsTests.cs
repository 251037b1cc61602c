using Msp.Application.Common.Validation;
using Msp.Application.Upstreams.Lunchgate;
using Msp.Application.Upstreams.Lunchgate.GetRestaurant;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;
using static Msp.UnitTests.Support.ValidationAssert;

namespace Msp.UnitTests.Upstreams;

/// <summary>Spec 8's parameter rules: every refusal is 401 Bad parameters; Day and Limit have defaults and bounds.</summary>
public sealed class LunchgateValidatorsTests
{
    [Theory]
    [InlineData("Basel", null)]
    [InlineData(null, "spanisch")]
    [InlineData("Basel", "spanisch")]
    public void A_search_needs_a_location_or_keywords(string? location, string? keywords)
    {
        Assert.True(new GetRestaurantQueryValidator().Validate(new GetRestaurantQuery(location, keywords)).IsValid);
    }

    [Fact]
    public void A_search_with_neither_is_401_Bad_parameters()
    {
        var error = FirstError(new GetRestaurantQueryValidator().Validate(new GetRestaurantQuery(null, null)));

        Assert.Same(LunchgateErrors.BadParameters, error);
        Assert.Equal(401, error.Status);
    }

    [Theory]
    [InlineData("624", null, null)]
    [InlineData("624", "0", "1")]
    [InlineData("624", "6", "50")]
    public void A_menu_request_within_the_bounds_is_accepted(string id, string? day, string? limit)
    {
        Assert.True(new GetRestaurantMenuQueryValidator().Validate(new GetRestaurantMenuQuery(id is null ? null : WireId.FromText(id), Number(day), Number(limit))).IsValid);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("x", null, null)]
    [InlineData("624", "7", null)]
    [InlineData("624", "+1", null)]
    [InlineData("624", null, "0")]
    [InlineData("624", null, "51")]
    [InlineData("624", null, " 5")]
    public void A_menu_request_out_of_bounds_is_401_Bad_parameters(string? id, string? day, string? limit)
    {
        Assert.Same(LunchgateErrors.BadParameters, FirstError(new GetRestaurantMenuQueryValidator().Validate(new GetRestaurantMenuQuery(id is null ? null : WireId.FromText(id), Number(day), Number(limit)))));
    }

    [Fact]
    public void Day_defaults_to_0_and_Limit_to_10()
    {
        Assert.Equal(0, RestaurantRules.Day(null));
        Assert.Equal(RestaurantRules.DefaultLimit, RestaurantRules.Limit(null));
        Assert.Equal(10, RestaurantRules.DefaultLimit);
        Assert.Equal(3, RestaurantRules.Day(WireNumber.FromText("3")));
    }

    private static WireNumber? Number(string? text) => text is null ? null : WireNumber.FromText(text);
}

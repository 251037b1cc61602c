using Msp.Application.Common.Requests;
using Msp.Application.Upstreams.Lunchgate;
using Msp.Application.Upstreams.Lunchgate.GetRestaurant;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;

namespace Msp.Infrastructure.Upstreams.Lunchgate;

/// <summary>
/// Lunchgate in Sandbox mode (Development): spec 8's examples, whatever the query: the Spanish restaurants of Basel,
/// and Don Pincho's menu and profile for any restaurant id.
/// </summary>
public sealed class LunchgateSandboxGateway : ILunchgateGateway
{
    private static readonly LunchgateOutcome Search = new LunchgateOutcome.Found(OperationExamples.Json(typeof(GetRestaurantQuery)));

    private static readonly LunchgateOutcome Menu = new LunchgateOutcome.Found(OperationExamples.Json(typeof(GetRestaurantMenuQuery)));

    private static readonly LunchgateOutcome Profile = new LunchgateOutcome.Found(OperationExamples.Json(typeof(GetRestaurantProfileQuery)));

    public Task<LunchgateOutcome> SearchAsync(string? location, string? keywords, CancellationToken cancellationToken) => Task.FromResult(Search);

    public Task<LunchgateOutcome> GetMenuAsync(long restaurantId, int day, int limit, CancellationToken cancellationToken) => Task.FromResult(Menu);

    public Task<LunchgateOutcome> GetProfileAsync(long restaurantId, CancellationToken cancellationToken) => Task.FromResult(Profile);
}

using Msp.Api.Http;
using Msp.Application.Upstreams.Comlite.GetTerminals;
using Msp.Application.Upstreams.Lunchgate.GetRestaurant;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;

namespace Msp.Api.Endpoints;

internal static class UpstreamsEndpoints
{
    public static void MapUpstreamsEndpoints(this IEndpointRouteBuilder app)
    {
        var comlite = app.MapGroup("").WithTags("Comlite");
        comlite.MapOperation<GetTerminalsQuery>("POST", "/comlite/getTerminals");

        var restaurant = app.MapGroup("").WithTags("My Restaurant");
        restaurant.MapOperation<GetRestaurantQuery>("GET", "/getRestaurant");
        restaurant.MapOperation<GetRestaurantMenuQuery>("GET", "/getRestaurantMenu");
        restaurant.MapOperation<GetRestaurantProfileQuery>("GET", "/getRestaurantProfile");
    }
}

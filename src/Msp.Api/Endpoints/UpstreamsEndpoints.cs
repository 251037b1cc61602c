using Msp.Api.Http;
using Msp.Application.Upstreams.Comlite.GetTerminals;
using Msp.Application.Upstreams.Lunchgate.GetRestaurant;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;
using Msp.Application.Upstreams.MyEntertainment.GetCredentials;
using Msp.Application.Upstreams.MyEntertainment.MyEntertainmentGetContact;
using Msp.Application.Upstreams.MyEntertainment.MyEntertainmentGetContactAvatar;
using Msp.Application.Upstreams.MyVpn.GetCamsByUser;
using Msp.Application.Upstreams.MyVpn.GetCertificates;
using Msp.Application.Upstreams.MyVpn.MyVpnGetContact;
using Msp.Application.Upstreams.MyVpn.MyVpnGetContactAvatar;
using Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;
using Msp.Application.Upstreams.MyVpn.UnsetCamServiceByUser;

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

        var myEntertainment = app.MapGroup("").WithTags("My Entertainment");
        myEntertainment.MapOperation<MyEntertainmentGetContactQuery>("GET", "/myentertainment/getContact");
        myEntertainment.MapOperation<MyEntertainmentGetContactAvatarQuery>("GET", "/myentertainment/getContactAvatar");
        myEntertainment.MapOperation<GetCredentialsQuery>("GET", "/myentertainment/getCredentials");

        var myVpn = app.MapGroup("").WithTags("My VPN");
        myVpn.MapOperation<GetCamsByUserQuery>("GET", "/myvpn/getCamsByUser");
        myVpn.MapOperation<GetCertificatesQuery>("POST", "/myvpn/getCertificates");
        myVpn.MapOperation<MyVpnGetContactQuery>("GET", "/myvpn/getContact");
        myVpn.MapOperation<MyVpnGetContactAvatarQuery>("GET", "/myvpn/getContactAvatar");
        myVpn.MapOperation<SetCamServiceByUserCommand>("POST", "/myvpn/setCamServiceByUser");
        myVpn.MapOperation<UnsetCamServiceByUserCommand>("POST", "/myvpn/unsetCamServiceByUser");
    }
}

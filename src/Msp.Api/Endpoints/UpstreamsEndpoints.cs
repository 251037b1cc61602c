using Msp.Api.Http;
using Msp.Application.Upstreams.Comlite.GetTerminals;
using Msp.Application.Upstreams.Comlite;
using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.GetContact;
using Msp.Application.Upstreams.Docman.GetContactAvatar;
using Msp.Application.Upstreams.Docman.GetDocInfo;
using Msp.Application.Upstreams.Docman.GetDocsInfo;
using Msp.Application.Upstreams.Docman.GetImage;
using Msp.Application.Upstreams.Docman.GetNotifications;
using Msp.Application.Upstreams.Lunchgate.GetRestaurant;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantMenu;
using Msp.Application.Upstreams.Lunchgate.GetRestaurantProfile;
using Msp.Application.Upstreams.Lunchgate;
using Msp.Application.Upstreams.MyEntertainment.GetCredentials;
using Msp.Application.Upstreams.MyEntertainment;
using Msp.Application.Upstreams.MyVpn.GetCamsByUser;
using Msp.Application.Upstreams.MyVpn.GetCertificates;
using Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;
using Msp.Application.Upstreams.MyVpn.UnsetCamServiceByUser;
using Msp.Application.Upstreams.MyVpn;
using MyEntertainmentContact = Msp.Application.Upstreams.MyEntertainment.GetContact;
using MyEntertainmentContactAvatar = Msp.Application.Upstreams.MyEntertainment.GetContactAvatar;
using MyVpnContact = Msp.Application.Upstreams.MyVpn.GetContact;
using MyVpnContactAvatar = Msp.Application.Upstreams.MyVpn.GetContactAvatar;

namespace Msp.Api.Endpoints;

internal static class UpstreamsEndpoints
{
    public static void MapUpstreamsEndpoints(this IEndpointRouteBuilder app)
    {
        var comlite = app.MapModule("Comlite", "Relay to the Comlite VoIP service: the terminals of a user's installation.");
        comlite.MapOperation<GetTerminalsQuery>("POST", "/comlite/getTerminals");

        var docman = app.MapModule("Docman", "Relay to the Docman document service: contacts, avatars, documents, images and notifications; files are streamed.")
            .WithMetadata(DocmanService.Docman);
        docman.MapOperation<GetContactQuery>("GET", "/getContact");
        docman.MapOperation<GetContactAvatarQuery>("GET", "/getContactAvatar");
        docman.MapOperation<GetDocInfoQuery>(["POST", "GET"], "/getDocInfo");
        docman.MapOperation<GetDocsInfoQuery>("POST", "/getDocsInfo");
        docman.MapOperation<GetImageQuery>("GET", "/getImage");
        docman.MapOperation<GetNotificationsQuery>("POST", "/getNotifications");

        // Spec 10: the same operations on the second Docman service, which their group names.
        var swDocman = app.MapModule("SW Docman", "The same relay as Docman, to the second Docman service with its own record, URL and credentials.")
            .WithMetadata(DocmanService.SwDocman);
        swDocman.MapOperation<GetContactQuery>("GET", "/sw/getContact").Qualified("Sw");
        swDocman.MapOperation<GetContactAvatarQuery>("GET", "/sw/getContactAvatar").Qualified("Sw");
        swDocman.MapOperation<GetDocInfoQuery>(["POST", "GET"], "/sw/getDocInfo").Qualified("Sw");
        swDocman.MapOperation<GetDocsInfoQuery>("POST", "/sw/getDocsInfo").Qualified("Sw");
        swDocman.MapOperation<GetImageQuery>("GET", "/sw/getImage").Qualified("Sw");
        swDocman.MapOperation<GetNotificationsQuery>("POST", "/sw/getNotifications").Qualified("Sw");

        var restaurant = app.MapModule("Lunchgate", "My Restaurant: relay to Lunchgate, the restaurant guide: search, menus and profiles.");
        restaurant.MapOperation<GetRestaurantQuery>("GET", "/getRestaurant");
        restaurant.MapOperation<GetRestaurantMenuQuery>("GET", "/getRestaurantMenu");
        restaurant.MapOperation<GetRestaurantProfileQuery>("GET", "/getRestaurantProfile");

        var myEntertainment = app.MapModule("My Entertainment", "Relay to the IPTV service: its contact, avatar and the caller's credentials.");
        myEntertainment.MapOperation<MyEntertainmentContact.GetContactQuery>("GET", "/myentertainment/getContact").Qualified("MyEntertainment");
        myEntertainment.MapOperation<MyEntertainmentContactAvatar.GetContactAvatarQuery>("GET", "/myentertainment/getContactAvatar").Qualified("MyEntertainment");
        myEntertainment.MapOperation<GetCredentialsQuery>("GET", "/myentertainment/getCredentials");

        var myVpn = app.MapModule("My VPN", "Relay to the VPN camera service: cameras, certificates, contact and the camera service switch.");
        myVpn.MapOperation<GetCamsByUserQuery>("GET", "/myvpn/getCamsByUser");
        myVpn.MapOperation<GetCertificatesQuery>("POST", "/myvpn/getCertificates");
        myVpn.MapOperation<MyVpnContact.GetContactQuery>("GET", "/myvpn/getContact").Qualified("MyVpn");
        myVpn.MapOperation<MyVpnContactAvatar.GetContactAvatarQuery>("GET", "/myvpn/getContactAvatar").Qualified("MyVpn");
        myVpn.MapOperation<SetCamServiceByUserCommand>("POST", "/myvpn/setCamServiceByUser");
        myVpn.MapOperation<UnsetCamServiceByUserCommand>("POST", "/myvpn/unsetCamServiceByUser");
    }
}

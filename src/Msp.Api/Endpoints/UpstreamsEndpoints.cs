using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Common.Results;
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
using Msp.Infrastructure.Upstreams;
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
        comlite.MapOperation<GetTerminalsQuery>("POST", "/comlite/getTerminals").Answers(ComliteExample, ComliteErrors.UserNotFound, ComliteErrors.Unauthorized, ApiError.TooManyRequests);

        var docman = app.MapModule("Docman", "Relay to the Docman document service: contacts, avatars, documents, images and notifications; files are streamed.")
            .WithMetadata(DocmanService.Docman);
        docman.MapOperation<GetContactQuery>("GET", "/getContact").Answers(DocmanExamples.ContactsExample, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
        docman.MapOperation<GetContactAvatarQuery>("GET", "/getContactAvatar").AnswersJpeg(ContactAvatarFailures);
        docman.MapOperation<GetDocInfoQuery>(["POST", "GET"], "/getDocInfo").AnswersFile("application/pdf", DocInfoFailures);
        docman.MapOperation<GetDocsInfoQuery>("POST", "/getDocsInfo").Answers(DocmanExamples.TreesExample, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
        docman.MapOperation<GetImageQuery>("GET", "/getImage").AnswersJpeg(DocmanErrors.ItemIdNotCorrect, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
        docman.MapOperation<GetNotificationsQuery>("POST", "/getNotifications").Answers(DocmanExamples.NotificationsExample, DocmanErrors.Unauthorized, ApiError.TooManyRequests);

        // Spec 10: the same operations on the second Docman service, which their group names.
        var swDocman = app.MapModule("SW Docman", "The same relay as Docman, to the second Docman service with its own record, URL and credentials.")
            .WithMetadata(DocmanService.SwDocman);
        swDocman.MapOperation<GetContactQuery>("GET", "/sw/getContact").Qualified("Sw").Answers(DocmanExamples.ContactsExample, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
        swDocman.MapOperation<GetContactAvatarQuery>("GET", "/sw/getContactAvatar").Qualified("Sw").AnswersJpeg(ContactAvatarFailures);
        swDocman.MapOperation<GetDocInfoQuery>(["POST", "GET"], "/sw/getDocInfo").Qualified("Sw").AnswersFile("application/pdf", DocInfoFailures);
        swDocman.MapOperation<GetDocsInfoQuery>("POST", "/sw/getDocsInfo").Qualified("Sw").Answers(DocmanExamples.TreesExample, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
        swDocman.MapOperation<GetImageQuery>("GET", "/sw/getImage").Qualified("Sw").AnswersJpeg(DocmanErrors.ItemIdNotCorrect, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
        swDocman.MapOperation<GetNotificationsQuery>("POST", "/sw/getNotifications").Qualified("Sw").Answers(DocmanExamples.NotificationsExample, DocmanErrors.Unauthorized, ApiError.TooManyRequests);

        var restaurant = app.MapModule("Lunchgate", "My Restaurant: relay to Lunchgate, the restaurant guide: search, menus and profiles.");
        restaurant.MapOperation<GetRestaurantQuery>("GET", "/getRestaurant").Answers(Example("Lunchgate", "search"), LunchgateErrors.BadParameters, LunchgateErrors.Unauthorized, ApiError.TooManyRequests);
        restaurant.MapOperation<GetRestaurantMenuQuery>("GET", "/getRestaurantMenu").Answers(Example("Lunchgate", "menu"), LunchgateErrors.BadParameters, LunchgateErrors.Unauthorized, ApiError.TooManyRequests);
        restaurant.MapOperation<GetRestaurantProfileQuery>("GET", "/getRestaurantProfile").Answers(Example("Lunchgate", "profile"), LunchgateErrors.BadParameters, LunchgateErrors.Unauthorized, ApiError.TooManyRequests);

        var myEntertainment = app.MapModule("My Entertainment", "Relay to the IPTV service: its contact, avatar and the caller's credentials.");
        myEntertainment.MapOperation<MyEntertainmentContact.GetContactQuery>("GET", "/myentertainment/getContact").Qualified("MyEntertainment").Answers(Example("MyEntertainment", "contact"), MyEntertainmentErrors.Unauthorized, ApiError.TooManyRequests);
        myEntertainment.MapOperation<MyEntertainmentContactAvatar.GetContactAvatarQuery>("GET", "/myentertainment/getContactAvatar").Qualified("MyEntertainment").AnswersJpeg(MyEntertainmentErrors.Unauthorized, ApiError.TooManyRequests);
        myEntertainment.MapOperation<GetCredentialsQuery>("GET", "/myentertainment/getCredentials").Answers(Example("MyEntertainment", "credentials"), MyEntertainmentErrors.Unauthorized, ApiError.TooManyRequests);

        var myVpn = app.MapModule("My VPN", "Relay to the VPN camera service: cameras, certificates, contact and the camera service switch.");
        myVpn.MapOperation<GetCamsByUserQuery>("GET", "/myvpn/getCamsByUser").Answers(Example("MyVpn", "cams"), MyVpnErrors.IdNotFound, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
        myVpn.MapOperation<GetCertificatesQuery>("POST", "/myvpn/getCertificates").Answers(Example("MyVpn", "certificates"), MyVpnErrors.IdNotFound, ApiError.MissingParameters, ApiError.BadParameters, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
        myVpn.MapOperation<MyVpnContact.GetContactQuery>("GET", "/myvpn/getContact").Qualified("MyVpn").Answers(Example("MyVpn", "contact"), MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
        myVpn.MapOperation<MyVpnContactAvatar.GetContactAvatarQuery>("GET", "/myvpn/getContactAvatar").Qualified("MyVpn").AnswersJpeg(MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
        myVpn.MapOperation<SetCamServiceByUserCommand>("POST", "/myvpn/setCamServiceByUser").Answers(Example("MyVpn", "set"), MyVpnErrors.IdNotFound, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
        myVpn.MapOperation<UnsetCamServiceByUserCommand>("POST", "/myvpn/unsetCamServiceByUser").Answers(Example("MyVpn", "unset"), MyVpnErrors.IdNotFound, MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
    }

    private static readonly ApiError[] ContactAvatarFailures =
        [DocmanErrors.ContactNotSet, DocmanErrors.NotManagerId, DocmanErrors.AvatarUnauthorized, ApiError.TooManyRequests];

    private static readonly ApiError[] DocInfoFailures = [DocmanErrors.DocIdNotCorrect, DocmanErrors.FileNotFound, DocmanErrors.Unauthorized, ApiError.TooManyRequests];

    /// <summary>Spec 4.1's example.</summary>
    private const string ComliteExample = """{"status":{"status":"ok","terminals":[{"id":"33","mac":"aaaaaaaaaaaa","model":"GXP1610"}]}}""";

    /// <summary>The spec's example answer, as the sandboxes give it, for the OpenAPI document.</summary>
    private static string Example(string upstream, string name) => SandboxExamples.Text(upstream, name);
}

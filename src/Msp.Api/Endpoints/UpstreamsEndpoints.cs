using Msp.Api.Http;
using Msp.Application.Upstreams.Comlite.GetTerminals;
using Msp.Application.Upstreams.Docman.GetContact;
using Msp.Application.Upstreams.Docman.GetContactAvatar;
using Msp.Application.Upstreams.Docman.GetDocInfo;
using Msp.Application.Upstreams.Docman.GetDocsInfo;
using Msp.Application.Upstreams.Docman.GetImage;
using Msp.Application.Upstreams.Docman.GetNotifications;
using Msp.Application.Upstreams.SwDocman.SwGetContact;
using Msp.Application.Upstreams.SwDocman.SwGetContactAvatar;
using Msp.Application.Upstreams.SwDocman.SwGetDocInfo;
using Msp.Application.Upstreams.SwDocman.SwGetDocsInfo;
using Msp.Application.Upstreams.SwDocman.SwGetImage;
using Msp.Application.Upstreams.SwDocman.SwGetNotifications;

namespace Msp.Api.Endpoints;

internal static class UpstreamsEndpoints
{
    public static void MapUpstreamsEndpoints(this IEndpointRouteBuilder app)
    {
        var comlite = app.MapGroup("").WithTags("Comlite");
        comlite.MapOperation<GetTerminalsQuery>("POST", "/comlite/getTerminals");

        var docman = app.MapGroup("").WithTags("Docman");
        docman.MapOperation<GetContactQuery>("GET", "/getContact");
        docman.MapOperation<GetContactAvatarQuery>("GET", "/getContactAvatar");
        docman.MapOperation<GetDocInfoQuery>("POST", "/getDocInfo");
        docman.MapOperation<GetDocsInfoQuery>("POST", "/getDocsInfo");
        docman.MapOperation<GetImageQuery>("GET", "/getImage");
        docman.MapOperation<GetNotificationsQuery>("POST", "/getNotifications");

        var swDocman = app.MapGroup("").WithTags("SW Docman");
        swDocman.MapOperation<SwGetContactQuery>("GET", "/sw/getContact");
        swDocman.MapOperation<SwGetContactAvatarQuery>("GET", "/sw/getContactAvatar");
        swDocman.MapOperation<SwGetDocInfoQuery>("POST", "/sw/getDocInfo");
        swDocman.MapOperation<SwGetDocsInfoQuery>("POST", "/sw/getDocsInfo");
        swDocman.MapOperation<SwGetImageQuery>("GET", "/sw/getImage");
        swDocman.MapOperation<SwGetNotificationsQuery>("POST", "/sw/getNotifications");
    }
}

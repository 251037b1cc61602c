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
        docman.MapOperation<GetContactQuery>("GET", "/getContact").Answers(DocmanDocumentation.GetContact);
        docman.MapOperation<GetContactAvatarQuery>("GET", "/getContactAvatar").Answers(DocmanDocumentation.GetContactAvatar);
        docman.MapOperation<GetDocInfoQuery>("POST", "/getDocInfo").Answers(DocmanDocumentation.GetDocInfo);
        docman.MapOperation<GetDocsInfoQuery>("POST", "/getDocsInfo").Answers(DocmanDocumentation.GetDocsInfo);
        docman.MapOperation<GetImageQuery>("GET", "/getImage").Answers(DocmanDocumentation.GetImage);
        docman.MapOperation<GetNotificationsQuery>("POST", "/getNotifications").Answers(DocmanDocumentation.GetNotifications);

        var swDocman = app.MapGroup("").WithTags("SW Docman");
        swDocman.MapOperation<SwGetContactQuery>("GET", "/sw/getContact").Answers(DocmanDocumentation.GetContact);
        swDocman.MapOperation<SwGetContactAvatarQuery>("GET", "/sw/getContactAvatar").Answers(DocmanDocumentation.GetContactAvatar);
        swDocman.MapOperation<SwGetDocInfoQuery>("POST", "/sw/getDocInfo").Answers(DocmanDocumentation.GetDocInfo);
        swDocman.MapOperation<SwGetDocsInfoQuery>("POST", "/sw/getDocsInfo").Answers(DocmanDocumentation.GetDocsInfo);
        swDocman.MapOperation<SwGetImageQuery>("GET", "/sw/getImage").Answers(DocmanDocumentation.GetImage);
        swDocman.MapOperation<SwGetNotificationsQuery>("POST", "/sw/getNotifications").Answers(DocmanDocumentation.GetNotifications);
    }
}

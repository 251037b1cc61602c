using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Services.ServicesDisable;
using Msp.Application.Services.ServicesDisableForUser;
using Msp.Application.Services.ServicesEnable;
using Msp.Application.Services.ServicesEnableForUser;
using Msp.Application.Services;

namespace Msp.Api.Endpoints;

internal static class ServicesEndpoints
{
    private const string Ok = """{"msg":"ok"}""";

    public static void MapServicesEndpoints(this IEndpointRouteBuilder app)
    {
        var services = app.MapModule("Services", "The services a business partner offers, switched on and off for the partner or for one user.");
        services.MapOperation<ServicesDisableCommand>("PUT", "/services/disable")
            .Answers("""{"msg":"Service disabled"}""", ServicesErrors.ServiceAlreadyDisabled, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
        services.MapOperation<ServicesDisableForUserCommand>("PUT", "/services/disableforUser")
            .Answers(Ok, ServicesErrors.SiteAccessDenied, ServicesErrors.NoUserFound, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
        services.MapOperation<ServicesEnableCommand>("PUT", "/services/enable")
            .Answers(Ok, ServicesErrors.ServiceAlreadyEnabled, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
        services.MapOperation<ServicesEnableForUserCommand>("PUT", "/services/enableforUser")
            .Answers(Ok, ServicesErrors.SiteAccessDenied, ServicesErrors.NoUserFound, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
    }
}

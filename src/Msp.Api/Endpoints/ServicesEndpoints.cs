using Msp.Api.Http;
using Msp.Application.Services.ServicesDisable;
using Msp.Application.Services.ServicesDisableForUser;
using Msp.Application.Services.ServicesEnable;
using Msp.Application.Services.ServicesEnableForUser;

namespace Msp.Api.Endpoints;

internal static class ServicesEndpoints
{
    public static void MapServicesEndpoints(this IEndpointRouteBuilder app)
    {
        var services = app.MapModule("Services", "The services a business partner offers, switched on and off for the partner or for one user.");
        services.MapOperation<ServicesDisableCommand>("PUT", "/services/disable");
        services.MapOperation<ServicesDisableForUserCommand>("PUT", "/services/disableforUser");
        services.MapOperation<ServicesEnableCommand>("PUT", "/services/enable");
        services.MapOperation<ServicesEnableForUserCommand>("PUT", "/services/enableforUser");
    }
}

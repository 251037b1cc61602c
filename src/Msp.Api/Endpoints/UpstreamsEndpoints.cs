using Msp.Api.Http;
using Msp.Application.Upstreams.Comlite.GetTerminals;

namespace Msp.Api.Endpoints;

internal static class UpstreamsEndpoints
{
    public static void MapUpstreamsEndpoints(this IEndpointRouteBuilder app)
    {
        var comlite = app.MapGroup("").WithTags("Comlite");
        comlite.MapOperation<GetTerminalsQuery>("POST", "/comlite/getTerminals");
    }
}

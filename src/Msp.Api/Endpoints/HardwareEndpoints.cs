using Msp.Api.Http;

namespace Msp.Api.Endpoints;

internal static class HardwareEndpoints
{
    public static void MapHardwareEndpoints(this IEndpointRouteBuilder app)
    {
        var hardware = app.MapGroup("").WithTags("Hardware");
    }
}

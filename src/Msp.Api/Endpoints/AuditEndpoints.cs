using Msp.Api.Http;
using Msp.Application.Audit.AuditList;

namespace Msp.Api.Endpoints;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapModule("Audit", "Who did what to whom, when and from where: every command and sign-in, kept and queryable (beyond the vendor's spec).");
        audit.MapOperation<AuditListQuery>("GET", "/audit/list");
    }
}

using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Audit;
using Msp.Application.Audit.AuditList;
using Msp.Application.Common.Results;

namespace Msp.Api.Endpoints;

internal static class AuditEndpoints
{
    private const string ListExample = """
        {"data":[{"id":"2","at":"2026-12-07 14:31:05","operation":"usersDisable","outcome_status":200,"outcome":"ok","actor_id":"921","actor_role":"partner_admin","actor_partner_id":"2","actor_login":null,"user_id":"955","address_id":null,"flat_id":null,"group_id":null,"service_id":null,"invoice_id":null,"detail":null,"client_address":"192.0.2.10","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"},{"id":"1","at":"2026-12-07 14:30:41","operation":"login","outcome_status":401,"outcome":"{\"error\":\"Incorrect username or password.\"}","actor_id":null,"actor_role":null,"actor_partner_id":null,"actor_login":"lindau.admn","user_id":null,"address_id":null,"flat_id":null,"group_id":null,"service_id":null,"invoice_id":null,"detail":null,"client_address":"192.0.2.10","trace_id":null}]}
        """;

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapModule("Audit", "Who did what to whom, when and from where: every command and sign-in, kept and queryable (beyond the vendor's spec).");
        audit.MapOperation<AuditListQuery>("GET", "/audit/list").Answers(ListExample, AuditErrors.Unauthorized, ApiError.BadParameters);
    }
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Audit.AuditList;

public sealed class AuditListQueryHandler(CallerContext context, ISqlReader database) : IRequestHandler<AuditListQuery, Result<DataList<AuditRecord>>>
{
    /// <summary>
    /// A partner admin's reach: what its BP's accounts did, and what was done to its BP's users (the target's BP as it
    /// is now). Each filter applies when given. The page and the total in one round trip, newest first.
    /// </summary>
    private const string Matching = """
        FROM audit_events e LEFT JOIN accounts t ON t.id = e.target_user_id
        WHERE (@PartnerId IS NULL OR e.actor_partner_id = @PartnerId OR t.partner_id = @PartnerId)
          AND (@ActorId IS NULL OR e.actor_account_id = @ActorId)
          AND (@UserId IS NULL OR e.target_user_id = @UserId)
          AND (@Operation IS NULL OR e.operation = @Operation)
          AND (@From IS NULL OR e.occurred_at >= @From)
          AND (@Until IS NULL OR e.occurred_at < @Until)
        """;

    private const string ListSql = $$$"""
        SELECT e.id AS Id, e.occurred_at AS At, e.operation AS Operation, e.outcome_status AS OutcomeStatus, e.outcome AS Outcome,
               e.actor_account_id AS ActorId, e.actor_role AS ActorRole, e.actor_partner_id AS ActorPartnerId, e.actor_login AS ActorLogin,
               e.target_user_id AS UserId, e.target_address_id AS AddressId, e.target_flat_id AS FlatId, e.target_group_id AS GroupId,
               e.target_service_id AS ServiceId, e.target_invoice_id AS InvoiceId, e.detail AS Detail, e.client_address AS ClientAddress,
               e.trace_id AS TraceId
        {{{Matching}}}
        ORDER BY e.id DESC {{page}};

        SELECT COUNT(*)
        {{{Matching}}};
        """;

    public async Task<Result<DataList<AuditRecord>>> Handle(AuditListQuery request, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<AuditRecord>(
            ListSql,
            new
            {
                PartnerId = caller.Role == Role.MspAdmin ? null : caller.PartnerId,
                ActorId = request.ActorId?.Value,
                UserId = request.UserId?.Value,
                request.Operation,
                From = request.From?.Value,
                Until = request.Until?.Value,
                page.Offset,
                page.Limit,
            },
            cancellationToken);
        return new DataList<AuditRecord>(rows, page.IteratorFor(total));
    }
}

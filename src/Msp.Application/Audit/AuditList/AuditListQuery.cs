using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.Audit.AuditList;

/// <summary>
/// GET /audit/list, beyond the vendor's spec (docs/contract.md §5): the audit trail, newest first, paged like every
/// list, filtered by actor, target user, operation and time (From inclusive, Until exclusive, UTC). The msp admin sees
/// every event; a partner admin the events its BP's accounts did, and those done to its BP's users.
/// </summary>
public sealed record AuditListQuery(WireId? ActorId, WireId? UserId, string? Operation, WireTime? From, WireTime? Until, WireCount? Offset, WireCount? Limit)
    : IQuery<DataList<AuditRecord>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;
}

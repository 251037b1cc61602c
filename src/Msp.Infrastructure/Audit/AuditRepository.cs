using Msp.Application.Audit;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Audit;

/// <summary>
/// Appends to <c>audit_events</c> (migration 0034) through the request's session: in the command's transaction, or on
/// its own after a rollback. There is no statement here that changes or deletes a row; the retention job trims the
/// table (ADR 33).
/// </summary>
public sealed class AuditRepository(DbSession db) : IAuditRepository
{
    private const string InsertSql = """
        INSERT INTO audit_events (occurred_at, operation, outcome_status, outcome, actor_account_id, actor_role, actor_partner_id,
            actor_login, target_user_id, target_address_id, target_flat_id, target_group_id, target_service_id, target_invoice_id,
            detail, client_address, trace_id)
        VALUES (@OccurredAtUtc, @Operation, @OutcomeStatus, @Outcome, @ActorAccountId, @ActorRole, @ActorPartnerId,
            @ActorLogin, @TargetUserId, @TargetAddressId, @TargetFlatId, @TargetGroupId, @TargetServiceId, @TargetInvoiceId,
            @Detail, @ClientAddress, @TraceId)
        """;

    public async Task AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        foreach (var audit in events)
        {
            await db.ExecuteAsync(InsertSql, Row(audit), cancellationToken);
        }
    }

    public async Task AppendAtOnceAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        foreach (var audit in events)
        {
            await db.ExecuteAtOnceAsync(InsertSql, Row(audit), cancellationToken);
        }
    }

    /// <summary>Column widths bound what the request could make long: a login name, a body, a detail (SQL Server's NVARCHAR sizes).</summary>
    private static object Row(AuditEvent audit) => new
    {
        audit.OccurredAtUtc,
        audit.Operation,
        audit.OutcomeStatus,
        Outcome = Bounded(audit.Outcome, 512),
        audit.ActorAccountId,
        audit.ActorRole,
        audit.ActorPartnerId,
        ActorLogin = audit.ActorLogin is { } login ? Bounded(login, 255) : null,
        audit.TargetUserId,
        audit.TargetAddressId,
        audit.TargetFlatId,
        audit.TargetGroupId,
        audit.TargetServiceId,
        audit.TargetInvoiceId,
        Detail = audit.Detail is { } detail ? Bounded(detail, 512) : null,
        ClientAddress = Bounded(audit.ClientAddress, 64),
        audit.TraceId,
    };

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..length];
}

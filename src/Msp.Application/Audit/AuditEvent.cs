namespace Msp.Application.Audit;

/// <summary>
/// One line of the audit trail (ADR 33): when (UTC), which operation, its outcome (200 "ok", or the documented error it
/// answered), who (the account, its role and BP; for a sign-in that failed, the name it gave), on whom or what, from
/// where, and the trace that carried it. Never a secret: no password, token, reset link, device uid or message text.
/// </summary>
public sealed record AuditEvent(DateTime OccurredAtUtc, string Operation, int OutcomeStatus, string Outcome, string ClientAddress, string? TraceId)
{
    public long? ActorAccountId { get; init; }

    public string? ActorRole { get; init; }

    public long? ActorPartnerId { get; init; }

    /// <summary>The login name a sign-in gave (email, username), never its password; only where no account answered to it.</summary>
    public string? ActorLogin { get; init; }

    public long? TargetUserId { get; init; }

    public long? TargetAddressId { get; init; }

    public long? TargetFlatId { get; init; }

    public long? TargetGroupId { get; init; }

    public long? TargetServiceId { get; init; }

    public long? TargetInvoiceId { get; init; }

    /// <summary>What the operation alone can say, within the rules above (a message's length, not its text).</summary>
    public string? Detail { get; init; }
}

namespace Msp.Application.Audit;

/// <summary>The audit trail: an append-only table (migration 0034), read by the audit list, trimmed by retention only.</summary>
public interface IAuditRepository
{
    /// <summary>Writes the events in the command's transaction: they commit with its changes or not at all.</summary>
    Task AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken);

    /// <summary>Writes the events on their own, committed at once: for a command whose transaction rolled back.</summary>
    Task AppendAtOnceAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken);
}

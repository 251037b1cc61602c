using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

/// <summary>
/// The dispatcher's side of the outbox. Claiming is safe with several instances: a batch is claimed by one guarded
/// UPDATE that takes only rows still pending, due and not leased to anyone (the guard is evaluated again on each row
/// as it is locked), so of two instances racing for a row exactly one gets it; each reads back the rows its own lease
/// marks. The claim runs on its own (no transaction), so it is visible to every other instance as soon as it is made.
/// A batch costs two writes (the claim, and the sent rows marked together), not two per message (ADR 14).
/// </summary>
public sealed class OutboxClaims(DbSession db)
{
    private const string ClaimSql = """
        UPDATE outbox SET claimed_by = @Instance, claimed_until = @Until
        WHERE id IN (
                SELECT id FROM outbox
                WHERE status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
                ORDER BY id {{page}})
          AND status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
        """;

    private const string ReadClaimedSql = """
        SELECT id AS Id, kind AS Kind, channel AS Channel, recipient AS Recipient, subject AS Subject, body AS Body,
               attempts AS Attempts, created_at AS CreatedAt, platform AS Platform, app_id AS AppId
        FROM outbox
        WHERE claimed_by = @Instance AND claimed_until = @Until AND status = 'pending'
        ORDER BY id
        """;

    /// <summary>Not guarded by the claim: the message did go out, and saying so keeps anyone from sending it again.</summary>
    private const string MarkSentSql = """
        UPDATE outbox SET status = 'sent', sent_at = @Now, attempts = attempts + 1, last_error = NULL,
                          claimed_by = NULL, claimed_until = NULL
        WHERE id = @Id AND status = 'pending'
        """;

    private const string RescheduleSql = """
        UPDATE outbox SET attempts = @Attempts, next_attempt_at = @NextAttemptAt, last_error = @Error,
                          claimed_by = NULL, claimed_until = NULL
        WHERE id = @Id AND claimed_by = @Instance AND status = 'pending'
        """;

    private const string MarkDeadSql = """
        UPDATE outbox SET status = 'dead', attempts = @Attempts, last_error = @Error, claimed_by = NULL, claimed_until = NULL
        WHERE id = @Id AND claimed_by = @Instance AND status = 'pending'
        """;

    /// <summary>A reset request that sends nothing leaves no trace of the address someone entered.</summary>
    private const string DeleteSql = """
        DELETE FROM outbox WHERE id = @Id AND claimed_by = @Instance AND status = 'pending'
        """;

    private const int MaxErrorLength = 200;

    /// <summary>
    /// Leases up to <paramref name="limit"/> due rows, oldest first, to this instance until <paramref name="leaseUntilUtc"/>
    /// and answers them; rows another instance leased first are not among them.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string instance, DateTime nowUtc, DateTime leaseUntilUtc, int limit, CancellationToken cancellationToken)
    {
        var lease = new { Instance = instance, Now = nowUtc, Until = leaseUntilUtc, Offset = 0, Limit = limit };
        if (await db.ExecuteAtOnceAsync(ClaimSql, lease, cancellationToken) == 0)
        {
            return [];
        }

        var rows = await db.QueryAsync<Row>(ReadClaimedSql, lease, cancellationToken);
        return rows
            .Select(r => new OutboxMessage(
                r.Id, OutboxChannels.FromColumn(r.Channel), r.Recipient, r.Subject, r.Body, r.Attempts, r.CreatedAt, OutboxKinds.FromColumn(r.Kind))
            {
                Platform = r.Platform ?? "",
                AppId = r.AppId ?? "",
            })
            .ToList();
    }

    /// <summary>Marks the messages sent, all in one transaction: one turn at the write lock for the batch.</summary>
    public async Task MarkSentAsync(IReadOnlyCollection<long> ids, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.BeginAsync(cancellationToken);
        try
        {
            foreach (var id in ids)
            {
                await db.ExecuteAsync(MarkSentSql, new { Id = id, Now = nowUtc }, cancellationToken);
            }

            await db.CommitAsync(cancellationToken);
        }
        catch
        {
            await db.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    public Task RescheduleAsync(long id, string instance, int attempts, DateTime nextAttemptAtUtc, string error, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            RescheduleSql,
            new { Id = id, Instance = instance, Attempts = attempts, NextAttemptAt = nextAttemptAtUtc, Error = Shorten(error) },
            cancellationToken);

    public Task MarkDeadAsync(long id, string instance, int attempts, string error, CancellationToken cancellationToken) =>
        db.ExecuteAsync(MarkDeadSql, new { Id = id, Instance = instance, Attempts = attempts, Error = Shorten(error) }, cancellationToken);

    public Task DeleteAsync(long id, string instance, CancellationToken cancellationToken) =>
        db.ExecuteAsync(DeleteSql, new { Id = id, Instance = instance }, cancellationToken);

    private static string Shorten(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    private sealed class Row
    {
        public long Id { get; init; }

        public string Kind { get; init; } = "";

        public string Channel { get; init; } = "";

        public string Recipient { get; init; } = "";

        public string Subject { get; init; } = "";

        public string Body { get; init; } = "";

        public int Attempts { get; init; }

        public DateTime CreatedAt { get; init; }

        public string? Platform { get; init; }

        public string? AppId { get; init; }
    }
}

using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging;

/// <summary>
/// The dispatcher's side of the outbox. Claiming is safe with several instances: a row is claimed by one guarded
/// UPDATE that succeeds only while the row is pending, due and not leased to anyone, so of two instances racing for
/// a row exactly one sees "1 row changed". Each statement runs on its own (no transaction), so a claim is visible to
/// every other instance as soon as it is made.
/// </summary>
public sealed class OutboxClaims(DbSession db)
{
    private const string DueIdsSql = """
        SELECT id FROM outbox
        WHERE status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
        ORDER BY id {{page}}
        """;

    private const string ClaimSql = """
        UPDATE outbox SET claimed_by = @Instance, claimed_until = @Until
        WHERE id = @Id AND status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
        """;

    private const string ReadClaimedSql = """
        SELECT id AS Id, kind AS Kind, channel AS Channel, recipient AS Recipient, subject AS Subject, body AS Body,
               attempts AS Attempts, created_at AS CreatedAt, platform AS Platform, app_id AS AppId
        FROM outbox
        WHERE claimed_by = @Instance AND status = 'pending' AND id >= @First AND id <= @Last
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

    /// <summary>Ids of up to <paramref name="limit"/> rows that are due and not leased, oldest first.</summary>
    public async Task<IReadOnlyList<long>> DueIdsAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken) =>
        (await db.QueryAsync<long>(DueIdsSql, new { Now = nowUtc, Offset = 0, Limit = limit }, cancellationToken)).ToList();

    /// <summary>True when this instance now holds the row's lease; false when another instance got it first.</summary>
    public async Task<bool> ClaimAsync(long id, string instance, DateTime nowUtc, DateTime leaseUntilUtc, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(ClaimSql, new { Id = id, Instance = instance, Now = nowUtc, Until = leaseUntilUtc }, cancellationToken) == 1;

    /// <summary>The claimed rows among <paramref name="ids"/>, read back after claiming them.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ReadClaimedAsync(string instance, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<Row>(ReadClaimedSql, new { Instance = instance, First = ids.Min(), Last = ids.Max() }, cancellationToken);
        return rows
            .Where(r => ids.Contains(r.Id))
            .Select(r => new OutboxMessage(
                r.Id, OutboxChannels.FromColumn(r.Channel), r.Recipient, r.Subject, r.Body, r.Attempts, r.CreatedAt, OutboxKinds.FromColumn(r.Kind))
            {
                Platform = r.Platform ?? "",
                AppId = r.AppId ?? "",
            })
            .ToList();
    }

    public Task MarkSentAsync(long id, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(MarkSentSql, new { Id = id, Now = nowUtc }, cancellationToken);

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

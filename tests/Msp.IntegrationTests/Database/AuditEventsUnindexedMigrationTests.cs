using Dapper;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Migration 0037 (ADR 36) copies the audit trail into a table without indexes or AUTOINCREMENT: every event keeps
/// its id and its values, and the next event's id follows the largest.
/// </summary>
public sealed class AuditEventsUnindexedMigrationTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Every_event_keeps_its_id_and_values_and_the_next_id_follows_the_largest()
    {
        using (var before = _database.MigrateUpTo(36))
        {
            before.Execute(
                """
                INSERT INTO audit_events (id, occurred_at, operation, outcome_status, outcome, actor_account_id, actor_role,
                    actor_partner_id, actor_login, target_user_id, target_address_id, detail, client_address, trace_id)
                VALUES (7, '2026-12-01 10:00:00', 'addressUpdate', 200, 'ok', 955, 'end_user', 2, NULL, 955, 194, NULL, '10.0.0.1', 'abc'),
                       (41, '2026-12-02 11:00:00', 'login', 403, '{"error":"Forbidden"}', NULL, NULL, NULL, 'jorge', NULL, NULL, 'lockout', '10.0.0.2', NULL)
                """);
        }

        _database.Migrator.Migrate();

        using var connection = _database.Open();
        Assert.Equal(
            [
                (7L, "2026-12-01 10:00:00", "addressUpdate", 200L, "ok", (long?)955, "end_user", (long?)2, (string?)null, (long?)955, (long?)194, (string?)null, "10.0.0.1", "abc"),
                (41L, "2026-12-02 11:00:00", "login", 403L, """{"error":"Forbidden"}""", null, null, null, "jorge", null, null, "lockout", "10.0.0.2", null),
            ],
            connection.Query<(long, string, string, long, string, long?, string?, long?, string?, long?, long?, string?, string, string?)>(
                """
                SELECT id, occurred_at, operation, outcome_status, outcome, actor_account_id, actor_role, actor_partner_id,
                       actor_login, target_user_id, target_address_id, detail, client_address, trace_id
                FROM audit_events ORDER BY id
                """));
        Assert.Empty(connection.Query<string>("SELECT name FROM pragma_index_list('audit_events')"));
        Assert.Empty(connection.Query<string>("SELECT name FROM sqlite_sequence WHERE name = 'audit_events'"));

        var next = connection.ExecuteScalar<long>(
            "INSERT INTO audit_events (occurred_at, operation, outcome_status, outcome, client_address) VALUES ('2026-12-03', 'logout', 200, 'ok', '10.0.0.3') RETURNING id");
        Assert.Equal(42, next);
    }
}

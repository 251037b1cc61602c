using Dapper;

namespace Msp.IntegrationTests.Database;

/// <summary>Migration 0008 (ADR 10): reset emails written before it lose the link their body held in clear.</summary>
public sealed class PasswordResetRequestMigrationTests : IDisposable
{
    private const string OldResetBody = """
        Hello,

        someone asked to reset the password of the account with this email address.
        To choose a new password, open this link within 60 minutes:

        http://localhost:5213/auth/reset/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd

        The link works once. If you did not ask for a new password, ignore this email: your password stays as it is.
        """;

    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Old_reset_emails_keep_their_address_and_lose_their_link_and_other_messages_stay_as_they_are()
    {
        // The outbox as 0006 made it, when the old reset emails were written; the real migrator does the rest.
        using (var before = _database.MigrateUpTo(6))
        {
            before.Execute(
                """
                INSERT INTO outbox (id, channel, recipient, subject, body, status, next_attempt_at, created_at)
                VALUES (1, 'email', 'jorge@example.ch', 'Reset your password', @OldResetBody, 'sent', '2026-01-01', '2026-01-01'),
                       (2, 'email', 'jorge@example.ch', 'Reset your password', @OldResetBody, 'pending', '2026-01-01', '2026-01-01'),
                       (3, 'email', 'a@example.org', 'Reset your password', 'Call us, we reset it for you.', 'pending', '2026-01-01', '2026-01-01'),
                       (4, 'sms', '+41780000000', '', 'Ihr Techniker kommt um 10', 'sent', '2026-01-01', '2026-01-01')
                """,
                new { OldResetBody });
        }

        Assert.Contains(8, _database.Migrator.PendingScripts().Select(MigratedSqliteDatabase.ScriptNumber));
        _database.Migrator.Migrate();

        using var connection = _database.Open();
        Assert.Equal(
            [
                (1L, "password_reset", "jorge@example.ch", "", "", "sent"),
                (2L, "password_reset", "jorge@example.ch", "", "", "pending"),
                (3L, "message", "a@example.org", "Reset your password", "Call us, we reset it for you.", "pending"),
                (4L, "message", "+41780000000", "", "Ihr Techniker kommt um 10", "sent"),
            ],
            connection.Query<(long, string, string, string, string, string)>(
                "SELECT id, kind, recipient, subject, body, status FROM outbox ORDER BY id"));
    }
}

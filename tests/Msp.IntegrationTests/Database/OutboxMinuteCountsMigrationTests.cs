using Dapper;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Migration 0036 (ADR 35): the messages already in the outbox's last hour are counted by the minute when the counts
/// begin, so that no sender or recipient gets a fresh quota from the upgrade; older ones are not.
/// </summary>
public sealed class OutboxMinuteCountsMigrationTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void The_last_hours_messages_are_counted_by_sender_and_recipient_and_older_ones_are_not()
    {
        var recent = DateTime.UtcNow.AddMinutes(-10);
        var old = DateTime.UtcNow.AddHours(-3);
        using (var before = _database.MigrateUpTo(35))
        {
            // Senders by id alone: this database holds no accounts.
            before.Execute("PRAGMA foreign_keys = OFF");
            before.Execute(
                """
                INSERT INTO outbox (channel, recipient, subject, body, status, next_attempt_at, created_at, sender_id)
                VALUES ('sms', '+41780000000', '', 'one', 'sent', @Recent, @Recent, 921),
                       ('sms', '+41780000000', '', 'two', 'pending', @Recent, @Recent, 921),
                       ('push', 'fcm-token', '', 'three', 'sent', @Recent, @Recent, 921),
                       ('email', 'a@example.org', 'Reset', '', 'sent', @Recent, @Recent, NULL),
                       ('sms', '+41780000000', '', 'long ago', 'sent', @Old, @Old, 921)
                """,
                new { Recent = recent, Old = old });
        }

        _database.Migrator.Migrate();

        using var connection = _database.Open();
        var minute = recent.ToString("yyyy-MM-dd HH:mm:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [(921L, "push", minute, 1L), (921L, "sms", minute, 2L)],
            connection.Query<(long, string, string, long)>("SELECT sender_id, channel, minute_start, messages FROM outbox_sender_minutes ORDER BY channel"));
        Assert.Equal(
            [("+41780000000", "sms", minute, 2L), ("a@example.org", "email", minute, 1L)],
            connection.Query<(string, string, string, long)>("SELECT recipient, channel, minute_start, messages FROM outbox_recipient_minutes ORDER BY recipient"));
    }
}

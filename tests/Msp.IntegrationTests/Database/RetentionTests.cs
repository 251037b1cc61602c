using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence.Retention;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// The retention job against the test database: what has served its purpose goes, in batches, and nothing else does
/// (pending messages, fresh sent ones the quotas still count, live or merely revoked tokens, links still usable, current
/// windows and the quotas' minute counts of the last hour, push tokens of active accounts still refreshed).
/// </summary>
public sealed class RetentionTests(MspApiFactory api) : ApiTest(api)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_sweep_deletes_exactly_the_rows_past_their_age_in_batches()
    {
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await using (var connection = await Api.OpenAsync())
        {
            for (var i = 0; i < 5; i++)
            {
                await InsertMessageAsync(connection, "old sent", "sent", created: now - (8 * Day), sent: now - (8 * Day));
            }

            await InsertMessageAsync(connection, "sent within the quota's hour", "sent", created: now - (30 * TimeSpan.FromMinutes(1)), sent: now - (30 * TimeSpan.FromMinutes(1)));
            await InsertMessageAsync(connection, "sent yesterday", "sent", created: now - Day, sent: now - Day);
            await InsertMessageAsync(connection, "old dead", "dead", created: now - (31 * Day), sent: null);
            await InsertMessageAsync(connection, "recent dead", "dead", created: now - (2 * Day), sent: null);
            await InsertMessageAsync(connection, "pending for ages", "pending", created: now - (60 * Day), sent: null);

            await InsertResetLinkAsync(connection, "used long ago", created: now - (3 * Day), expires: now - (3 * Day) + Hour, used: now - (3 * Day));
            await InsertResetLinkAsync(connection, "expired long ago", created: now - (3 * Day), expires: now - (3 * Day) + Hour, used: null);
            await InsertResetLinkAsync(connection, "used today", created: now - Hour, expires: now + Hour, used: now - Hour);
            await InsertResetLinkAsync(connection, "still usable", created: now - (10 * TimeSpan.FromMinutes(1)), expires: now + Hour, used: null);

            var dead = await InsertTokenAsync(connection, "dead", refreshExpires: now - (2 * Day), revoked: null);
            await InsertSessionAsync(connection, dead, "dead-1");
            await InsertSessionAsync(connection, dead, "dead-2");
            var justExpired = await InsertTokenAsync(connection, "just expired", refreshExpires: now - Hour, revoked: null);
            await InsertSessionAsync(connection, justExpired, "just-expired");
            await InsertTokenAsync(connection, "revoked, refresh still running", refreshExpires: now + (20 * Day), revoked: now - (5 * Day));

            await InsertAddressWindowAsync(connection, "192.0.2.10", started: now - (2 * Hour));
            await InsertAddressWindowAsync(connection, "192.0.2.11", started: now - TimeSpan.FromMinutes(5));

            await InsertAccountWindowAsync(connection, 920, started: now - (3 * Hour));
            await InsertAccountWindowAsync(connection, 921, started: now - (30 * TimeSpan.FromMinutes(1)));

            await InsertPushTokenAsync(connection, 955, "refreshed last month", refreshed: now - (30 * Day));
            await InsertPushTokenAsync(connection, 955, "not refreshed for 271 days", refreshed: now - (271 * Day));
            await InsertPushTokenAsync(connection, 1154, "of an active account", refreshed: now - Day);
            await InsertPushTokenAsync(connection, 896, "of a disabled account", refreshed: now - Hour);

            // Written long ago, so before every event of the trail: the sweep deletes up to the first event still kept.
            await InsertEarliestAuditEventAsync(connection, "within its 400 days", occurred: now - (399 * Day));
            await InsertEarliestAuditEventAsync(connection, "kept for 400 days, then gone", occurred: now - (401 * Day));
        }

        var live = await TokenOf("jorge");

        var report = await Sweeper(batchSize: 2).SweepAsync(CancellationToken.None);

        Assert.Equal(
            new RetentionReport(SentMessages: 5, DeadMessages: 1, ResetLinks: 2, DeviceSessions: 2, AccessTokens: 1, AddressWindows: 1, AccountWindows: 1, MessageMinutes: 5, PushTokens: 2, AuditEvents: 1),
            report);
        await using (var connection = await Api.OpenAsync())
        {
            Assert.Equal(
                ["pending for ages", "recent dead", "sent within the quota's hour", "sent yesterday"],
                (await connection.QueryAsync<string>("SELECT subject FROM outbox ORDER BY subject")).ToArray());
            Assert.Equal(
                ["still usable", "used today"],
                (await connection.QueryAsync<string>("SELECT token_hash FROM password_reset_tokens ORDER BY token_hash")).ToArray());
            Assert.Equal(["just-expired"], (await connection.QueryAsync<string>("SELECT public_id FROM device_sessions WHERE public_id IN ('dead-1', 'dead-2', 'just-expired') ORDER BY public_id")).ToArray());
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_tokens WHERE family_id = 'dead'"));
            Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_tokens WHERE family_id IN ('just expired', 'revoked, refresh still running')"));
            Assert.Equal(["192.0.2.11"], (await connection.QueryAsync<string>("SELECT client_address FROM client_address_windows WHERE client_address LIKE '192.0.2.1_'")).ToArray());
            Assert.Equal(921L, Assert.Single(await connection.QueryAsync<long>("SELECT account_id FROM account_windows")));
            Assert.Equal(
                (Recipient: "jorge.sanchez@casacom.ch", Messages: 1L),
                Assert.Single(await connection.QueryAsync<(string Recipient, long Messages)>("SELECT recipient, messages FROM outbox_recipient_minutes")));
            Assert.Equal(
                ["of an active account", "refreshed last month"],
                (await connection.QueryAsync<string>("SELECT app_id FROM device_push_tokens ORDER BY app_id")).ToArray());
            Assert.Equal("within its 400 days", Assert.Single(await connection.QueryAsync<string>("SELECT detail FROM audit_events WHERE operation = 'test'")));
        }

        using var stillWorks = await Client.GetAsync($"/getUserInfo?access_token={live}");
        Assert.Equal(System.Net.HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(0, (await Sweeper(batchSize: 2).SweepAsync(CancellationToken.None)).Total);
    }

    [Fact]
    public async Task An_audit_event_past_its_age_behind_one_still_kept_waits_for_it()
    {
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await using (var connection = await Api.OpenAsync())
        {
            await InsertEarliestAuditEventAsync(connection, "stamped before the clock went back", occurred: now - (402 * Day), operation: "test-clock");
            await InsertEarliestAuditEventAsync(connection, "still kept", occurred: now - (300 * Day), operation: "test-clock");
            await InsertEarliestAuditEventAsync(connection, "due", occurred: now - (403 * Day), operation: "test-clock");
        }

        await Sweeper(batchSize: 2).SweepAsync(CancellationToken.None);

        await using (var connection = await Api.OpenAsync())
        {
            Assert.Equal(
                ["still kept", "stamped before the clock went back"],
                (await connection.QueryAsync<string>("SELECT detail FROM audit_events WHERE operation = 'test-clock' ORDER BY id")).ToArray());
        }
    }

    [Fact]
    public void The_audit_delete_reads_the_trail_only_up_to_the_first_event_still_kept()
    {
        var sql = (string)typeof(RetentionSweeper)
            .GetField("AuditEventsSql", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetRawConstantValue()!;
        using var database = new MigratedSqliteDatabase();
        using var connection = database.Open();

        var plan = connection.Query(
                "EXPLAIN QUERY PLAN " + new Msp.Infrastructure.Persistence.SqliteDialect().Render(sql),
                new { Cutoff = DateTime.UtcNow, Offset = 0, Limit = 500 })
            .Select(step => (string)step.detail)
            .ToList();

        Assert.Contains(plan, step => step.StartsWith("SEARCH audit_events USING INTEGER PRIMARY KEY (rowid<?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SentMessages", "00:59:00")]
    [InlineData("BatchSize", "0")]
    [InlineData("Interval", "00:00:00")]
    public void Unsafe_retention_settings_are_refused(string key, string value)
    {
        var options = new RetentionOptions();
        typeof(RetentionOptions).GetProperty(key)!.SetValue(options, key == "BatchSize" ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(new RetentionOptions().IsValid());
        Assert.False(options.IsValid());
    }

    private RetentionSweeper Sweeper(int batchSize) => new(
        Api.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new RetentionOptions { BatchSize = batchSize }),
        Api.Clock,
        NullLogger<RetentionSweeper>.Instance);

    private static Task<int> InsertMessageAsync(System.Data.Common.DbConnection connection, string subject, string status, DateTime created, DateTime? sent) =>
        connection.ExecuteAsync(
            """
            INSERT INTO outbox (channel, recipient, subject, body, status, attempts, next_attempt_at, created_at, sent_at)
            VALUES ('email', 'jorge.sanchez@casacom.ch', @Subject, 'body', @Status, 1, @Created, @Created, @Sent)
            """,
            new { Subject = subject, Status = status, Created = created, Sent = sent });

    private static Task<int> InsertResetLinkAsync(System.Data.Common.DbConnection connection, string name, DateTime created, DateTime expires, DateTime? used) =>
        connection.ExecuteAsync(
            "INSERT INTO password_reset_tokens (account_id, token_hash, expires_at, used_at, created_at) VALUES (955, @Name, @Expires, @Used, @Created)",
            new { Name = name, Expires = expires, Used = used, Created = created });

    private static Task<long> InsertTokenAsync(System.Data.Common.DbConnection connection, string family, DateTime refreshExpires, DateTime? revoked) =>
        connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO access_tokens (account_id, token_hash, refresh_token_hash, family_id, source, created_at, expires_at, refresh_expires_at, revoked_at)
            VALUES (955, @Access, @Refresh, @Family, 'App', @Created, @Created, @RefreshExpires, @Revoked);
            SELECT last_insert_rowid();
            """,
            new { Access = "a-" + family, Refresh = "r-" + family, Family = family, Created = refreshExpires - (30 * Day), RefreshExpires = refreshExpires, Revoked = revoked });

    private static Task<int> InsertAddressWindowAsync(System.Data.Common.DbConnection connection, string address, DateTime started) =>
        connection.ExecuteAsync(
            "INSERT INTO client_address_windows (client_address, kind, window_start, hits) VALUES (@Address, 'login_request', @Started, 3)",
            new { Address = address, Started = started });

    private static Task<int> InsertAccountWindowAsync(System.Data.Common.DbConnection connection, long accountId, DateTime started) =>
        connection.ExecuteAsync(
            "INSERT INTO account_windows (account_id, kind, window_start, hits) VALUES (@AccountId, 'taken_identity', @Started, 3)",
            new { AccountId = accountId, Started = started });

    private static Task<int> InsertPushTokenAsync(System.Data.Common.DbConnection connection, long accountId, string appId, DateTime refreshed) =>
        connection.ExecuteAsync(
            """
            INSERT INTO device_push_tokens (account_id, app_id, platform, device_token, created_at, updated_at)
            VALUES (@AccountId, @AppId, 'Android', 'fcm-token', @Refreshed, @Refreshed)
            """,
            new { AccountId = accountId, AppId = appId, Refreshed = refreshed });

    /// <summary>An event with an id below every other, as one written before them has.</summary>
    private static Task<int> InsertEarliestAuditEventAsync(System.Data.Common.DbConnection connection, string detail, DateTime occurred, string operation = "test") =>
        connection.ExecuteAsync(
            """
            INSERT INTO audit_events (id, occurred_at, operation, outcome_status, outcome, detail, client_address)
            VALUES ((SELECT COALESCE(MIN(id), 1) - 1 FROM audit_events), @Occurred, @Operation, 200, 'ok', @Detail, '192.0.2.1')
            """,
            new { Detail = detail, Occurred = occurred, Operation = operation });

    private static Task<int> InsertSessionAsync(System.Data.Common.DbConnection connection, long tokenId, string publicId) =>
        connection.ExecuteAsync(
            "INSERT INTO device_sessions (access_token_id, public_id, cookie_hash, source, created_at) VALUES (@TokenId, @PublicId, @PublicId, 'Web', @Now)",
            new { TokenId = tokenId, PublicId = publicId, Now = DateTime.UtcNow });
}

using System.Net;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Msp.Application.Messaging;
using Msp.Infrastructure.Messaging;
using Msp.Infrastructure.Persistence;
using Msp.IntegrationTests.Auth;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Audit;

/// <summary>
/// Issue 27: every command that passed authentication and validation leaves one row (ADR 33), with its outcome, its
/// actor, its target and where it came from; a committed change always has its row and a rolled-back one never the
/// row of a success; the sign-in events (success, failure by account or unknown name, lockout, a refresh token used
/// twice, a reset asked for and used, a password changed, a device uid) are recorded; and no secret reaches the trail.
/// </summary>
public sealed class AuditTrailTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task A_committed_command_has_its_row_with_actor_target_outcome_and_client_address()
    {
        await AssertBody(await SendAsync(HttpMethod.Put, "/users/disable/955", await TokenOf("lindau.admin")), HttpStatusCode.OK, """{"msg":"ok"}""");

        var audit = Assert.Single(await EventsAsync());
        Assert.Equal(
            ("usersDisable", 200L, "ok", 921L, "partner_admin", 2L, 955L),
            (audit.Operation, audit.OutcomeStatus, audit.Outcome, audit.ActorAccountId, audit.ActorRole, audit.ActorPartnerId, audit.TargetUserId));
        Assert.False(string.IsNullOrEmpty(audit.ClientAddress));
    }

    [Fact]
    public async Task A_command_that_answers_a_documented_error_has_a_row_with_that_error_and_changes_nothing()
    {
        var fields = Form(("User_id", "955"), ("Username", "antonio"), ("name", "Changed"));
        await AssertBody(await PostAsync("/users/update", fields, await TokenOf("lindau.admin")), HttpStatusCode.PaymentRequired, """{"msg":"Bad parameters"}""");

        var audit = Assert.Single(await EventsAsync());
        Assert.Equal(("usersUpdate", 402L, """{"msg":"Bad parameters"}""", 921L, 955L), (audit.Operation, audit.OutcomeStatus, audit.Outcome, audit.ActorAccountId, audit.TargetUserId));
        Assert.Equal("Jorge", await ScalarAsync("SELECT name FROM accounts WHERE id = 955"));
    }

    [Fact]
    public async Task A_command_that_crashes_after_writing_leaves_neither_its_change_nor_a_row()
    {
        await using var failing = Api.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddScoped<IOutboxRepository>(
            provider => new ThrowsAfterWriting(ActivatorUtilities.CreateInstance<OutboxRepository>(provider)))));
        using var client = failing.CreateClient();
        var token = await TokenOf("admin");

        using var crashed = await client.PostAsync($"/email/send?access_token={token}", Form(("Email", "a@example.org"), ("Subject", "s"), ("Message", "m")));

        await AssertBody(crashed, HttpStatusCode.InternalServerError, """{"error":"Something went wrong. Please try again later."}""");
        Assert.Empty(await EventsAsync());
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Queries_are_not_recorded()
    {
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", await TokenOf("lindau.admin")), HttpStatusCode.OK, await GetAsyncBody("/getBasicUserInfo?UserID=955", await TokenOf("admin")));

        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task Sign_ins_are_recorded_by_account_or_by_the_unknown_name_and_never_with_the_password()
    {
        await SignInAsync("jorge", JorgePassword);
        await PostAsync("/auth/login", Form(("email", "jorge"), ("password", "Wrong#Secret1")));
        await PostAsync("/auth/login", Form(("email", "no.such.user"), ("password", "Wrong#Secret2")));
        await SignInByUidAsync();
        await PostAsync("/auth/login", Form(("uid", "STB-NO-SUCH-UID-42")));

        var events = await EventsAsync();
        Assert.Equal(
            [
                ("login", 200L, (long?)955L, (string?)null, (long?)955L, (string?)null),
                ("login", 401L, 955L, null, 955L, null),
                ("login", 401L, null, "no.such.user", null, null),
                ("login", 200L, 955L, null, 955L, "device uid"),
                ("login", 401L, null, null, null, "device uid"),
            ],
            events.Select(e => (e.Operation, e.OutcomeStatus, e.ActorAccountId, e.ActorLogin, e.TargetUserId, e.Detail)));
        await AssertNoSecretAsync(JorgePassword, "Wrong#Secret1", "Wrong#Secret2", JorgeUid, "STB-NO-SUCH-UID-42");
    }

    [Fact]
    public async Task A_locked_account_s_refused_attempt_is_a_lockout_event_beside_the_failed_sign_in()
    {
        for (var i = 0; i < 10; i++)
        {
            await PostAsync("/auth/login", Form(("email", "jorge"), ("password", "Wrong#Guess")));
        }

        await AssertBody(await PostAsync("/auth/login", Form(("email", "jorge"), ("password", JorgePassword))), HttpStatusCode.Unauthorized, AuthBodies.IncorrectCredentials);

        var events = await EventsAsync();
        Assert.Equal(12, events.Count);
        Assert.Equal(("lockout", 401L, 955L), (events[^1].Operation, events[^1].OutcomeStatus, events[^1].TargetUserId));
        Assert.Equal(("login", 401L, 955L), (events[^2].Operation, events[^2].OutcomeStatus, events[^2].ActorAccountId));
    }

    [Fact]
    public async Task A_refresh_token_used_twice_is_recorded_as_such()
    {
        var (access, refresh) = await TokensOf("jorge");
        using var first = await GetAsync($"/refreshToken?refresh_token={refresh}", access);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await AssertBody(await GetAsync($"/refreshToken?refresh_token={refresh}", access), HttpStatusCode.BadRequest, """{"error":"The refresh token is invalid."}""");

        var events = await EventsAsync();
        Assert.Equal(
            [("refreshToken", 200L, (long?)955L), ("refreshToken", 400L, 955L), ("refreshTokenReused", 400L, 955L)],
            events.Select(e => (e.Operation, e.OutcomeStatus, e.ActorAccountId)));
        await AssertNoSecretAsync(access, refresh);
    }

    [Fact]
    public async Task A_reset_asked_for_and_used_and_a_password_changed_are_recorded_without_the_link_or_the_passwords()
    {
        await using var mailbox = await ResetMailbox.StartAsync(Api);
        await PostAsync("/auth/reset", Form(("email", "jorge.sanchez@casacom.ch")));
        Assert.Equal(1, await mailbox.DispatchAsync());
        var mail = Assert.Single(mailbox.Received);
        using (var done = await Client.PostAsync(ResetMailbox.LinkPathIn(mail), Form(("new_password", "Jorge#2030"), ("new_password_repeat", "Jorge#2030"))))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        var signedIn = await SignInAsync("jorge", "Jorge#2030");
        using var changed = await PostAsync(
            "/changePassword", Form(("Current_password", "Jorge#2030"), ("New_password", "Jorge#2031"), ("New_password_repeat", "Jorge#2031")), signedIn.AccessToken);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var events = await EventsAsync();
        Assert.Equal(
            [
                ("reset", 200L, (long?)null, (string?)"jorge.sanchez@casacom.ch"),
                ("setNewPassword", 200L, 955L, null),
                ("login", 200L, 955L, null),
                ("changePassword", 200L, 955L, null),
            ],
            events.Select(e => (e.Operation, e.OutcomeStatus, e.ActorAccountId, e.ActorLogin)));
        await AssertNoSecretAsync(ResetMailbox.TokenIn(mail), "Jorge#2030", "Jorge#2031");
    }

    [Fact]
    public async Task A_message_is_recorded_with_its_length_never_its_text()
    {
        const string text = "The technician comes on Monday at ten";
        await GetAsync($"/sendSMS?User_ID=955&Text={Uri.EscapeDataString(text)}", await TokenOf("docman"));

        var audit = Assert.Single(await EventsAsync());
        Assert.Equal(("sendSms", 200L, 910L, "service", 955L, $"message of {text.Length} characters"), (audit.Operation, audit.OutcomeStatus, audit.ActorAccountId, audit.ActorRole, audit.TargetUserId, audit.Detail));
        await AssertNoSecretAsync(text);
    }

    [Fact]
    public async Task Each_event_is_also_a_structured_log_event_without_a_secret()
    {
        await using var logged = Api.WithWebHostBuilder(host => host.UseSetting("Logging:LogLevel:Msp.Application.Audit", "Information"));
        using var logs = new CapturedLogs(logged.Services.GetRequiredService<ILoggerFactory>());
        using var client = logged.CreateClient();

        using var wrong = await client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "Wrong#Secret3")));

        var line = Assert.Single(logs.Lines, l => l.StartsWith("Audit login answered 401", StringComparison.Ordinal));
        Assert.Contains("actor 955 (end_user", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Wrong#Secret3", StringComparison.Ordinal));
    }

    private async Task<string> GetAsyncBody(string path, string token)
    {
        using var response = await GetAsync(path, token);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<AuditRow>> EventsAsync()
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<AuditRow>(
            """
            SELECT operation AS Operation, outcome_status AS OutcomeStatus, outcome AS Outcome, actor_account_id AS ActorAccountId,
                   actor_role AS ActorRole, actor_partner_id AS ActorPartnerId, actor_login AS ActorLogin, target_user_id AS TargetUserId,
                   detail AS Detail, client_address AS ClientAddress
            FROM audit_events ORDER BY id
            """)).ToList();
    }

    /// <summary>No text column of any row holds any of <paramref name="secrets"/>.</summary>
    private async Task AssertNoSecretAsync(params string[] secrets)
    {
        await using var connection = await Api.OpenAsync();
        var texts = (await connection.QueryAsync<string>(
            "SELECT operation || '|' || outcome || '|' || COALESCE(actor_login, '') || '|' || COALESCE(detail, '') || '|' || client_address FROM audit_events")).ToList();
        Assert.NotEmpty(texts);
        Assert.All(secrets, secret => Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.Ordinal)));
    }

    private sealed record AuditRow(
        string Operation, long OutcomeStatus, string Outcome, long? ActorAccountId, string? ActorRole, long? ActorPartnerId, string? ActorLogin, long? TargetUserId,
        string? Detail, string ClientAddress);

    /// <summary>Writes the message through the request's session, then fails as a later step of the request would.</summary>
    private sealed class ThrowsAfterWriting(OutboxRepository outbox) : IOutboxRepository
    {
        public async Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            await outbox.EnqueueAsync(message, cancellationToken);
            throw new InvalidOperationException("A step after the outbox write failed.");
        }

        public Task EnqueuePasswordResetAsync(string email, CancellationToken cancellationToken) => outbox.EnqueuePasswordResetAsync(email, cancellationToken);

        public Task<int> EnqueuePushAsync(PushRecipients recipients, string text, CancellationToken cancellationToken) => outbox.EnqueuePushAsync(recipients, text, cancellationToken);

        public Task<DateTime?> SenderOverLimitSinceAsync(long senderAccountId, MessageChannel channel, DateTime sinceUtc, int limit, CancellationToken cancellationToken) =>
            outbox.SenderOverLimitSinceAsync(senderAccountId, channel, sinceUtc, limit, cancellationToken);

        public Task<DateTime?> RecipientOverLimitSinceAsync(MessageChannel channel, string recipient, DateTime sinceUtc, int limit, CancellationToken cancellationToken) =>
            outbox.RecipientOverLimitSinceAsync(channel, recipient, sinceUtc, limit, cancellationToken);
    }
}

using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Msp.Application.Auth.Reset;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Infrastructure;
using Msp.Infrastructure.Messaging;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Messaging.Support;

/// <summary>
/// The dispatcher outside the web host: the Infrastructure services on the test database and the test clock, with
/// the settings a test picks (fast polling, a short back-off, the test's SMTP server or SMS gateway). Every
/// <see cref="NewDispatcher"/> is another instance, with its own instance id, as another process would be.
/// </summary>
internal sealed class OutboxHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<OutboxDispatcher> _dispatchers = [];

    private OutboxHarness(ServiceProvider services)
    {
        _services = services;
    }

    public static OutboxHarness Create(MspApiFactory api, IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = api.Provider.ToString(),
            ["ConnectionStrings:Msp"] = api.ConnectionString,
            ["Outbox:PollInterval"] = "00:00:00.020",
            ["Outbox:BackoffBase"] = "00:01:00",
            ["Outbox:MaxBackoff"] = "01:00:00",
            ["Outbox:MaxAttempts"] = "5",
            ["Messaging:Mode"] = "Live",
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "MSP <no-reply@msp.example>",

            // The dispatcher composes the reset emails: their links point where the API under test says.
            ["Auth:PasswordReset:LinkBaseUrl"] = api.Services.GetRequiredService<IOptions<PasswordResetOptions>>().Value.LinkBaseUrl,
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(api.Clock)
            .AddInfrastructure(configuration, Path.GetTempPath())

            // What a request scope has of the Application: the outbox records the caller (none here) and what it queued.
            .AddScoped<CallerContext>()
            .AddScoped<QueuedMessages>();
        configure?.Invoke(services);
        return new OutboxHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    public static Dictionary<string, string?> SmtpTo(TestSmtpServer smtp) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A new dispatcher instance; the harness stops it on dispose, so a failed assert leaves none running.</summary>
    public OutboxDispatcher NewDispatcher()
    {
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(_services);
        _dispatchers.Add(dispatcher);
        return dispatcher;
    }

    /// <summary>Writes messages as a request would, each in its own statement.</summary>
    public async Task EnqueueAsync(params OutgoingMessage[] messages)
    {
        await using var scope = _services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxRepository>();
        foreach (var message in messages)
        {
            await outbox.EnqueueAsync(message, CancellationToken.None);
        }
    }

    /// <summary>Queues a push to one user as sendPushNotification does; answers how many devices it went to.</summary>
    public async Task<int> EnqueuePushAsync(long userId, string text)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxRepository>().EnqueuePushAsync(PushRecipients.User(userId), text, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var dispatcher in _dispatchers)
            {
                await dispatcher.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            foreach (var dispatcher in _dispatchers)
            {
                dispatcher.Dispose();
            }

            await _services.DisposeAsync();
        }
    }
}

/// <summary>An outbox row as the tests read it.</summary>
internal sealed class OutboxRow
{
    public long Id { get; init; }

    public string Channel { get; init; } = "";

    public string Recipient { get; init; } = "";

    public string Subject { get; init; } = "";

    public string Body { get; init; } = "";

    public string Status { get; init; } = "";

    public int Attempts { get; init; }

    public DateTime NextAttemptAt { get; init; }

    public string? ClaimedBy { get; init; }

    public string? LastError { get; init; }

    public DateTime? SentAt { get; init; }

    /// <summary>The account whose request queued the message; null for the platform's own.</summary>
    public long? SenderId { get; init; }

    public static async Task<IReadOnlyList<OutboxRow>> AllAsync(MspApiFactory api)
    {
        await using var connection = await api.OpenAsync();
        return (await connection.QueryAsync<OutboxRow>("""
            SELECT id AS Id, channel AS Channel, recipient AS Recipient, subject AS Subject, body AS Body, status AS Status,
                   attempts AS Attempts, next_attempt_at AS NextAttemptAt, claimed_by AS ClaimedBy, last_error AS LastError,
                   sent_at AS SentAt, sender_id AS SenderId
            FROM outbox ORDER BY id
            """)).ToList();
    }

    public static async Task<OutboxRow> SingleAsync(MspApiFactory api) => Assert.Single(await AllAsync(api));

    /// <summary>Polls until <paramref name="done"/> holds for the rows (the dispatcher under test runs on its own).</summary>
    public static async Task<IReadOnlyList<OutboxRow>> WaitUntilAsync(MspApiFactory api, Func<IReadOnlyList<OutboxRow>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var rows = await AllAsync(api);
            if (done(rows))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}

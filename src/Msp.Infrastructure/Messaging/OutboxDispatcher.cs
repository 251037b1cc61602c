using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Auth.Reset;
using Msp.Infrastructure.Telemetry;

namespace Msp.Infrastructure.Messaging;

/// <summary>
/// Sends what requests wrote to the outbox. Each round claims up to a batch of due rows in one statement (see
/// <see cref="OutboxClaims"/>), sends each through the sender of its channel, reschedules a failed one with
/// exponential back-off (after <see cref="OutboxOptions.MaxAttempts"/> failures it is dead), and marks the sent ones
/// together at the end of the round, also when the round is stopped.
/// <para>
/// Delivery is at least once. An instance that dies mid-batch leaves its claimed rows leased; when the lease runs
/// out another instance claims and sends them. The messages the dead instance had handed to providers in that round
/// go out a second time; their stable Message-ID lets mail systems spot the repeat.
/// </para>
/// <para>
/// A password reset request is composed at send time (<see cref="PasswordResetEmail"/>): an email with a link for an
/// active account; otherwise nothing is sent and the row is deleted. Every attempt gives the request's one link a new
/// token, so only the newest email's link works.
/// </para>
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    public string InstanceId { get; } = options.Value.InstanceId
        ?? $"{Environment.MachineName}:{Environment.ProcessId}:{System.Security.Cryptography.RandomNumberGenerator.GetHexString(8, lowercase: true)}";

    /// <summary>One round: claims due rows, sends them, records the outcomes. Answers how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        using var activity = MspTelemetry.Source.StartActivity("outbox.dispatch");

        // A scope per batch: its own DbSession (connection), and senders with their own clients.
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxClaims>();
        var sender = scope.ServiceProvider.GetRequiredService<IMessageSender>();
        var resetEmail = scope.ServiceProvider.GetRequiredService<PasswordResetEmail>();

        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await outbox.ClaimDueAsync(InstanceId, now, now + _options.Lease, _options.BatchSize, cancellationToken);
        var sent = new List<OutboxMessage>();
        try
        {
            foreach (var message in claimed)
            {
                if (await DeliverAsync(outbox, sender, resetEmail, message, cancellationToken))
                {
                    sent.Add(message);
                }
            }
        }
        finally
        {
            // Not cancellable: once a provider has a message, recording that matters more than stopping a moment sooner.
            await outbox.MarkSentAsync(sent.Select(m => m.Id).ToArray(), clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            foreach (var message in sent)
            {
                MspTelemetry.CountDelivery(message.Channel.ToString(), "sent");
            }
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        LogStarted(logger, InstanceId);
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping mid-batch leaves the unsent claims leased: another instance takes them when the lease ends.
                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(logger, exception);
                claimed = 0;
            }

            // A full batch suggests more is due: go on at once. Otherwise wait before looking again.
            if (claimed < _options.BatchSize)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>True when the provider took the message; a failure is recorded here (retry or dead), a dropped reset deleted.</summary>
    private async Task<bool> DeliverAsync(
        OutboxClaims outbox, IMessageSender sender, PasswordResetEmail resetEmail, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var ready = message.Kind == OutboxKind.PasswordReset ? await ComposeAsync(resetEmail, message, cancellationToken) : message;
            if (ready is null)
            {
                await outbox.DeleteAsync(message.Id, InstanceId, CancellationToken.None);
                MspTelemetry.CountDelivery(message.Channel.ToString(), "dropped");
                return false;
            }

            await sender.SendAsync(ready, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(outbox, message, exception);
            return false;
        }

        return true;
    }

    /// <summary>
    /// A reset request's email, composed now and kept in memory only: the row keeps its empty body, so the link is
    /// never stored in clear. Null when it is to send nothing.
    /// </summary>
    private static async Task<OutboxMessage?> ComposeAsync(PasswordResetEmail resetEmail, OutboxMessage request, CancellationToken cancellationToken)
    {
        var email = await resetEmail.ComposeAsync(request.Id, request.Recipient, cancellationToken);
        return email is null ? null : request with { Recipient = email.Recipient, Subject = email.Subject, Body = email.Body };
    }

    private async Task RecordFailureAsync(OutboxClaims outbox, OutboxMessage message, Exception exception)
    {
        var attempts = message.Attempts + 1;
        var failure = exception as MessageDeliveryException;
        var reason = failure?.Reason ?? exception.GetType().Name;
        if (failure?.Permanent == true || attempts >= _options.MaxAttempts)
        {
            await outbox.MarkDeadAsync(message.Id, InstanceId, attempts, reason, CancellationToken.None);
            MspTelemetry.CountDelivery(message.Channel.ToString(), "dead");
            LogDead(logger, message.Id, message.Channel.ToString(), attempts, reason);
            return;
        }

        var wait = _options.BackoffAfter(attempts);
        await outbox.RescheduleAsync(message.Id, InstanceId, attempts, clock.GetUtcNow().UtcDateTime + wait, reason, CancellationToken.None);
        MspTelemetry.CountDelivery(message.Channel.ToString(), "retried");
        LogRetry(logger, message.Id, message.Channel.ToString(), attempts, reason, wait);
        if (failure is null)
        {
            LogUnexpectedSenderFailure(logger, exception, message.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatcher {Instance} started")]
    private static partial void LogStarted(ILogger logger, string instance);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox batch failed; the next round tries again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Channel}) failed attempt {Attempts}: {Reason}; next try in {Wait}")]
    private static partial void LogRetry(ILogger logger, long id, string channel, int attempts, string reason, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Channel}) is dead after {Attempts} attempts: {Reason}")]
    private static partial void LogDead(ILogger logger, long id, string channel, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sender of outbox message {Id} failed unexpectedly")]
    private static partial void LogUnexpectedSenderFailure(ILogger logger, Exception exception, long id);
}

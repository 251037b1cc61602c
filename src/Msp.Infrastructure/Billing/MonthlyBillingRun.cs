using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Billing;
using Msp.Application.Billing.MonthlyRun;
using Msp.Application.Common.Time;
using Msp.Domain.Billing;

namespace Msp.Infrastructure.Billing;

/// <summary>
/// The monthly billing run for one period (ADR 19): records the run, adds the period's lines of paid subscriptions,
/// issues invoices step by step in user id order (each step one transaction, in a scope of its own), and marks the run
/// finished. Safe to run twice, on several
/// instances at once, and again after a stop halfway: every pending line of the period ends on exactly one invoice.
/// </summary>
public sealed partial class MonthlyBillingRun(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<PlatformOptions> platform,
    IOptions<BillingOptions> billing,
    ILogger<MonthlyBillingRun> logger)
{
    /// <summary>Steps that collide with a concurrent run are tried again, with what that run left.</summary>
    private const int MaxStepAttempts = 5;

    public async Task<int> RunAsync(BillingPeriod period, CancellationToken cancellationToken)
    {
        var cut = period.EndUtc(TimeZoneInfo.FindSystemTimeZoneById(platform.Value.TimeZone));
        await InScopeAsync(runs => runs.StartAsync(period, clock.GetUtcNow().UtcDateTime, cancellationToken));
        await InScopeAsync(runs => runs.AddSubscriptionLinesAsync(period, cut, billing.Value.VatRateFor, cancellationToken));
        LogStarted(logger, period.Key);

        long after = 0;
        var issued = 0;
        while (await StepAsync(period, cut, after, cancellationToken) is { } outcome)
        {
            after = outcome.LastUserId;
            issued += outcome.Issued;
        }

        await InScopeAsync(runs => runs.FinishAsync(period, clock.GetUtcNow().UtcDateTime, cancellationToken));
        LogFinished(logger, period.Key, issued);
        return issued;
    }

    /// <summary>Runs of periods that started and never finished: a process stopped halfway, or every instance was down.</summary>
    public async Task<IReadOnlyList<BillingPeriod>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var periods = await scope.ServiceProvider.GetRequiredService<IBillingRunRepository>().UnfinishedPeriodsAsync(cancellationToken);
        return periods.Select(p => BillingPeriod.TryParse(p, out var period) ? period : throw new FormatException($"Billing run period '{p}'.")).ToList();
    }

    private async Task<BatchOutcome?> StepAsync(BillingPeriod period, DateTime cut, long after, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<BillingRunBatch>().IssueNextAsync(period, cut, after, cancellationToken);
                if (outcome is null || !outcome.IsConflict)
                {
                    return outcome;
                }
            }
            catch (DbException exception) when (attempt < MaxStepAttempts)
            {
                // On SQL Server a concurrent run that issued one of these invoices first trips the unique key here.
                LogStepRetried(logger, exception, period.Key, after);
            }

            if (attempt >= MaxStepAttempts)
            {
                throw new InvalidOperationException($"The billing run of {period.Key} kept colliding after user {after}.");
            }
        }
    }

    private async Task InScopeAsync(Func<IBillingRunRepository, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IBillingRunRepository>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Billing run of {Period} started")]
    private static partial void LogStarted(ILogger logger, string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Billing run of {Period} finished: {Issued} invoices issued by this run")]
    private static partial void LogFinished(ILogger logger, string period, int issued);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A step of the billing run of {Period} after user {After} collided with another run; trying again")]
    private static partial void LogStepRetried(ILogger logger, Exception exception, string period, long after);
}

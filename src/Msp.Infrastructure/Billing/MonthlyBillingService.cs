using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Billing;
using Msp.Application.Common.Time;
using Msp.Domain.Billing;

namespace Msp.Infrastructure.Billing;

/// <summary>
/// Runs the monthly billing on <c>Billing:Schedule</c> (cron, in the platform's time zone, Cronos): at each occurrence
/// it bills the month before. On start it first finishes any run that never finished (the process stopped halfway).
/// <c>Billing:RunEnabled</c> turns it off on an instance.
/// </summary>
public sealed partial class MonthlyBillingService(
    MonthlyBillingRun run,
    IOptions<BillingOptions> options,
    IOptions<PlatformOptions> platform,
    TimeProvider clock,
    ILogger<MonthlyBillingService> logger) : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunEnabled)
        {
            return;
        }

        var schedule = CronExpression.Parse(options.Value.Schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(platform.Value.TimeZone);
        try
        {
            foreach (var period in await run.UnfinishedAsync(stoppingToken))
            {
                await RunLoggedAsync(period, stoppingToken);
            }

            var next = schedule.GetNextOccurrence(clock.GetUtcNow(), zone);
            while (next is { } due && !stoppingToken.IsCancellationRequested)
            {
                // Waits of a day at most: a timer cannot wait longer than 49 days, and a changed clock is seen daily.
                var wait = due - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < LongestWait ? wait : LongestWait, clock, stoppingToken);
                    continue;
                }

                await RunLoggedAsync(BillingPeriod.Containing(due.UtcDateTime, zone).Previous, stoppingToken);
                next = schedule.GetNextOccurrence(due, zone);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a run cut short is finished by the next start (its record stays unfinished).
        }
    }

    private async Task RunLoggedAsync(BillingPeriod period, CancellationToken stoppingToken)
    {
        try
        {
            await run.RunAsync(period, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRunFailed(logger, exception, period.Key);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The billing run of {Period} failed; the next start or occurrence finishes it")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string period);
}

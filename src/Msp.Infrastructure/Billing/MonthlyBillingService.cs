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

            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                if (schedule.GetNextOccurrence(now, zone) is not { } next)
                {
                    return;
                }

                await Task.Delay(next - now, clock, stoppingToken);
                await RunLoggedAsync(BillingPeriod.Containing(next.UtcDateTime, zone).Previous, stoppingToken);
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

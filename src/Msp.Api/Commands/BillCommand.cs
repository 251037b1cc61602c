using Microsoft.Extensions.Options;
using Msp.Application.Common.Time;
using Msp.Domain.Billing;
using Msp.Infrastructure.Billing;
using Msp.Infrastructure.Persistence;

namespace Msp.Api.Commands;

/// <summary>
/// <c>bill [--period yyyy-MM]</c>: runs the monthly billing of one period by hand (default: the month before this
/// one, in the platform's time zone) and exits; safe beside the scheduled run (ADR 19).
/// </summary>
internal sealed class BillCommand : IToolCommand
{
    public const string Verb = "bill";

    private const string PeriodOption = "--period";

    private BillCommand(BillingPeriod? period) => Period = period;

    private BillingPeriod? Period { get; }

    /// <exception cref="UsageException">An unknown option, or a period that is not yyyy-MM.</exception>
    public static BillCommand Parse(IReadOnlyList<string> options)
    {
        BillingPeriod? period = null;
        for (var i = 0; i < options.Count; i++)
        {
            if (!string.Equals(options[i], PeriodOption, StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"unknown option '{options[i]}'");
            }

            if (i + 1 >= options.Count || !BillingPeriod.TryParse(options[i + 1], out var parsed))
            {
                throw new UsageException($"--period is yyyy-MM, not '{(i + 1 < options.Count ? options[i + 1] : "")}'");
            }

            period = parsed;
            i++;
        }

        return new BillCommand(period);
    }

    /// <summary>Prepares the database as a start would, bills the period, and answers the process exit code.</summary>
    public async Task<int> RunAsync(WebApplication app)
    {
        var target = app.Services.GetRequiredService<DatabaseMigrator>().Target;
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!target.Probe() && !database.MigrateOnStartup)
        {
            throw DatabaseOperationException.Missing(target);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.TimeZone);
        var period = Period ?? BillingPeriod.Containing(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, zone).Previous;

        await app.PrepareDatabaseAsync();
        var started = TimeProvider.System.GetTimestamp();
        var issued = await app.Services.GetRequiredService<MonthlyBillingRun>().RunAsync(period, CancellationToken.None);
        Console.WriteLine($"Billing run of {period}: {issued} invoices issued in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s.");
        return ExitCodes.Success;
    }
}

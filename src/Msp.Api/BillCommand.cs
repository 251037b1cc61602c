using Msp.Application.Common.Time;
using Msp.Domain.Billing;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Billing;

namespace Msp.Api;

/// <summary>
/// <c>dotnet run --project src/Msp.Api -- bill [--period yyyy-MM]</c>: runs the monthly billing of one period by hand
/// (default: the month before this one, in the platform's time zone) and exits; safe beside the scheduled run (ADR 19).
/// </summary>
internal sealed record BillCommand(string? Period)
{
    private const string Verb = "bill";

    private const string PeriodOption = "--period";

    /// <summary>The command when the arguments ask for it, and the arguments left for the host.</summary>
    public static (BillCommand? Command, string[] HostArgs) Parse(string[] args)
    {
        if (args.Length == 0 || !string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase))
        {
            return (null, args);
        }

        var rest = args.Skip(1).ToList();
        var at = rest.FindIndex(a => string.Equals(a, PeriodOption, StringComparison.OrdinalIgnoreCase));
        string? period = null;
        if (at >= 0 && at + 1 < rest.Count)
        {
            period = rest[at + 1];
            rest.RemoveRange(at, 2);
        }

        return (new BillCommand(period), rest.ToArray());
    }

    /// <summary>Prepares the database as a start would, bills the period, and answers the process exit code.</summary>
    public async Task<int> RunAsync(WebApplication app)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.TimeZone);
        BillingPeriod period;
        if (Period is null)
        {
            period = BillingPeriod.Containing(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, zone).Previous;
        }
        else if (!BillingPeriod.TryParse(Period, out period))
        {
            await Console.Error.WriteLineAsync($"bill: --period is yyyy-MM, not '{Period}'.");
            return 2;
        }

        await app.PrepareDatabaseAsync();
        var started = TimeProvider.System.GetTimestamp();
        var issued = await app.Services.GetRequiredService<MonthlyBillingRun>().RunAsync(period, CancellationToken.None);
        Console.WriteLine($"Billing run of {period}: {issued} invoices issued in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s.");
        return 0;
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Msp.Infrastructure.Telemetry;

/// <summary>
/// The platform's own traces and metrics, beside what ASP.NET Core, HttpClient and SqlClient report: database calls on
/// either engine and the outbox. Without a listener (telemetry off) starting an activity costs a null check.
/// </summary>
public static class MspTelemetry
{
    public const string Name = "Msp";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Outbox deliveries by <c>channel</c> and <c>outcome</c> (sent, retried, dead, dropped).</summary>
    public static readonly Counter<long> OutboxDeliveries = Meter.CreateCounter<long>("msp.outbox.deliveries", description: "Outbox messages handled, by channel and outcome");

    /// <summary>A span for one database call; null when nobody listens.</summary>
    public static Activity? StartDatabaseCall(string operation, string system, string sql)
    {
        var activity = Source.StartActivity(operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", system);
            activity.SetTag("db.query.text", sql);
        }

        return activity;
    }

    public static void CountDelivery(string channel, string outcome) =>
        OutboxDeliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));
}

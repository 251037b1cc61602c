using Msp.Infrastructure.Telemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Msp.Api;

/// <summary>
/// Logs and telemetry as operators collect them: JSON console logs outside Development (one object per line, for
/// the log shipper), and OpenTelemetry traces and metrics (ASP.NET Core, HttpClient, the database calls, the outbox,
/// the .NET runtime) and the log records (the audit events among them, ADR 33) exported by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; without it nothing is collected.
/// The exporter reads the other standard variables itself (<c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, headers, …).
/// </summary>
internal static class Telemetry
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddMspTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointKey]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "msp-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(MspTelemetry.Name)
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MspTelemetry.Name)
                .AddOtlpExporter());
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.AddOtlpExporter();
        });
        return builder;
    }
}

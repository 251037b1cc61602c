using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Billing;
using Msp.Application.Billing.MonthlyRun;

namespace Msp.Infrastructure.Billing;

public static class BillingServiceCollectionExtensions
{
    /// <summary>The billing options, the invoice PDF, and the monthly run with its schedule (a hosted service).</summary>
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BillingOptions>()
            .Bind(configuration.GetSection(BillingOptions.Section))
            .Validate(options => CronExpression.TryParse(options.Schedule, out _), "Billing:Schedule is not a cron expression (minute hour day month weekday).")
            .ValidateOnStart();
        services.AddSingleton<IInvoicePdfRenderer, InvoicePdfRenderer>();
        services.AddScoped<BillingRunBatch>();
        services.AddSingleton<MonthlyBillingRun>();
        services.AddHostedService<MonthlyBillingService>();
        return services;
    }
}

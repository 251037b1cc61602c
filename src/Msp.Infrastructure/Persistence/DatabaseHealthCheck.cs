using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Msp.Infrastructure.Persistence;

/// <summary>Ready means the database answers a query within the probe's time.</summary>
public sealed class DatabaseHealthCheck(DbSession db) : IHealthCheck
{
    private const string PingSql = "SELECT 1";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.QuerySingleOrDefaultAsync<int>(PingSql, null, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}

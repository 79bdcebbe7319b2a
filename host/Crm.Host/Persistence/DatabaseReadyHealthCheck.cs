using Crm.Host.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Persistence;

/// <summary>
/// Ready only while the database answers: an instance whose database is gone should get no traffic, but it
/// stays live (the liveness endpoint runs no checks) so it is not restarted for someone else's outage.
/// </summary>
internal sealed class DatabaseReadyHealthCheck(IDbContextFactory<HostDbContext> contexts, IDatabaseProvider provider) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{provider.Description} answers.")
                : HealthCheckResult.Unhealthy($"{provider.Description} does not answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason names the database and the cause (never the password); the exception stays out of the report.
            return HealthCheckResult.Unhealthy(provider.Translate(e)?.Message ?? $"{provider.Description} cannot be used: {e.Message}");
        }
    }
}

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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{provider.Description} answers.")
            : HealthCheckResult.Unhealthy($"{provider.Description} does not answer.");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Persistence;

/// <summary>
/// Readiness: can the host reach its database right now? Tagged <see cref="ReadyTag"/> so only the readiness
/// endpoint uses it: a database outage makes an instance not ready (no traffic), never "dead" (no restart loop).
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<HostDbContext> contexts, Providers.IDatabaseProvider provider) : IHealthCheck
{
    /// <summary>The tag of checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(provider.Description)
                : HealthCheckResult.Unhealthy($"{provider.Description} is not reachable.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message names the database and the cause; the exception itself stays out of the response.
            return HealthCheckResult.Unhealthy(provider.Translate(e)?.Message ?? $"{provider.Description} cannot be used: {e.Message}");
        }
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>Ready once the start-up shape is in service, so a load balancer waits for the modules.</summary>
internal sealed class ModulesReadyHealthCheck(ModuleManager manager) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(manager.IsStarted ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Modules are still starting."));
}

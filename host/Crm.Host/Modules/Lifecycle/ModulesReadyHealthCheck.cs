using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>Ready once the start-up shape is in service, so a load balancer waits for the modules.</summary>
internal sealed class ModulesReadyHealthCheck(ModuleManager manager, IApplicationShapeAccessor shapes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!manager.IsStarted)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Modules are still starting."));
        }

        var shape = shapes.Current;
        return Task.FromResult(HealthCheckResult.Healthy($"Shape {shape.Generation} in service with {shape.Modules.Count} enabled module(s)."));
    }
}

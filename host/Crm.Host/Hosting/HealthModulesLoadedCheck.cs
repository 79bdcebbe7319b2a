using Crm.Host.Modules;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Hosting;

/// <summary>
/// Ready once the module manager has put an application shape in service: before that no schema exists and
/// every GraphQL request would fail.
/// </summary>
internal sealed class HealthModulesLoadedCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var accessor = services.GetService<IApplicationShapeAccessor>();
        if (accessor is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No module manager is registered, so no modules are loaded."));
        }

        try
        {
            var shape = accessor.Current;
            return Task.FromResult(HealthCheckResult.Healthy($"Shape {shape.Generation} in service with {shape.Modules.Count} enabled module(s)."));
        }
        catch (InvalidOperationException ex)
        {
            // The accessor throws this until start-up has built the first shape.
            return Task.FromResult(HealthCheckResult.Unhealthy("Modules are still loading.", ex));
        }
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (every readiness check passes: modules
/// loaded, database reachable, and whatever else registers through <see cref="AddReadinessCheck{T}"/>).
/// A load balancer should send traffic only to ready instances and restart only instances that are not live.
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>The tag that puts a health check into <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static IServiceCollection AddCrmHealthChecks(this IServiceCollection services)
    {
        // Each part registers its own readiness check (modules: ModulesServiceCollectionExtensions).
        services.AddHealthChecks();
        return services;
    }

    /// <summary>
    /// The hook for other parts of the host: registers <typeparamref name="T"/> as a readiness check, so
    /// <c>/health/ready</c> answers 503 while it reports Unhealthy. E.g. persistence adds "database".
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck<T>(this IServiceCollection services, string name)
        where T : class, IHealthCheck =>
        services.AddHealthChecks().AddCheck<T>(name, HealthStatus.Unhealthy, [ReadyTag]);

    public static WebApplication MapCrmHealthEndpoints(this WebApplication app)
    {
        // Liveness runs no checks on purpose: a slow database must not get a healthy process restarted.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }
}

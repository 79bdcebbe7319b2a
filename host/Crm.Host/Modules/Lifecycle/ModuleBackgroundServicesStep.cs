using Autofac;
using Crm.Sdk.Modules;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Starts the <see cref="IModuleBackgroundService"/>s a module registered, after its migrations and once the server
/// listens, and ties their lifetime to the module's scope: disposing the scope (module disabled, shape retired, host
/// stopping) cancels them and waits for them to finish before the module's own services go away. Nothing starts when
/// <see cref="ModulesOptions.RunBackgroundServices"/> is off (admin commands).
/// </summary>
internal sealed class ModuleBackgroundServicesStep(IOptions<ModulesOptions> options, HostStartedSignal hostStarted, ILoggerFactory loggers) : IModuleActivationStep
{
    /// <summary>Last: a background service may use everything the earlier steps prepared.</summary>
    public int Order => 1000;

    public Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(module);
        // Resolved before the runner joins the scope's disposer, so the runner (disposed last in, first out)
        // stops the services while everything they depend on is still alive.
        var services = module.Scope.Resolve<IEnumerable<IModuleBackgroundService>>().ToList();
        if (services.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (!options.Value.RunBackgroundServices)
        {
            loggers.CreateLogger<ModuleBackgroundServicesStep>().LogDebug(
                "Module {ModuleId}: {Count} background service(s) not started (Crm:Modules:RunBackgroundServices is off)", module.Id, services.Count);
            return Task.CompletedTask;
        }

        var runner = new ModuleBackgroundRunner(module.Id, services, hostStarted.Started, loggers.CreateLogger<ModuleBackgroundRunner>());
        module.Scope.Disposer.AddInstanceForAsyncDisposal(runner);
        return Task.CompletedTask;
    }
}

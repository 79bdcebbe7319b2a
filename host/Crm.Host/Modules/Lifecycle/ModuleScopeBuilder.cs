using Autofac;
using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Loading;
using Crm.Host.Modules.Shapes;
using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Brings one module to life for a shape: its child scope from <see cref="ICrmModule.ConfigureServices"/>
/// (a load-context scope for a plugin, so Autofac's caches of plugin types go away with it), then every
/// <see cref="IModuleActivationStep"/> in order. Any failure becomes a <see cref="ModuleLoadException"/> naming the module.
/// </summary>
internal sealed class ModuleScopeBuilder(ILifetimeScope root, IEnumerable<IModuleActivationStep> steps, TimeProvider time, ILogger<ModuleScopeBuilder> logger)
{
    private readonly IReadOnlyList<IModuleActivationStep> _steps = steps.OrderBy(s => s.Order).ToList();

    public async Task<ModuleScopeHandle> BuildAsync(CatalogEntry entry, ICrmModule module, LoadedPlugin? plugin, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        ILifetimeScope scope;
        try
        {
            scope = plugin is null
                ? root.BeginLifetimeScope(entry.Key, module.ConfigureServices)
                : root.BeginLoadContextLifetimeScope(plugin.LoadContext, module.ConfigureServices);
        }
        catch (Exception exception)
        {
            throw ModuleActivator.Describe(exception, $"'{entry.Key}' ConfigureServices", entry.Location);
        }

        var active = new ActiveModule(module, scope, plugin is not null);
        LogElapsed(entry.Key, "ConfigureServices", started);
        foreach (var step in _steps)
        {
            try
            {
                var stepStarted = time.GetTimestamp();
                await step.ActivateAsync(active, cancellationToken);
                LogElapsed(entry.Key, step.GetType().Name, stepStarted);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                await scope.DisposeAsync();
                throw new ModuleLoadException($"'{entry.Key}' could not be activated: {step.GetType().Name} failed: {exception.Message}", exception);
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
        }

        LogElapsed(entry.Key, "activation", started);
        return new ModuleScopeHandle(active);
    }

    // Where start-up and toggle time goes, per module and step, without a profiler.
    private void LogElapsed(string moduleId, string what, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("{ModuleId}: {What} took {Elapsed:F1} ms", moduleId, what, time.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}

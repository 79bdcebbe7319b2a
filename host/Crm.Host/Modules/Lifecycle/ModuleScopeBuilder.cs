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
internal sealed class ModuleScopeBuilder(ILifetimeScope root, IEnumerable<IModuleActivationStep> steps)
{
    private readonly IReadOnlyList<IModuleActivationStep> _steps = steps.OrderBy(s => s.Order).ToList();

    public async Task<ModuleScopeHandle> BuildAsync(CatalogEntry entry, ICrmModule module, LoadedPlugin? plugin, CancellationToken cancellationToken)
    {
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
        foreach (var step in _steps)
        {
            try
            {
                await step.ActivateAsync(active, cancellationToken);
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

        return new ModuleScopeHandle(active);
    }
}

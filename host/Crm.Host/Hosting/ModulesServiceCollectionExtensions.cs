using Microsoft.Extensions.DependencyInjection.Extensions;
using Crm.Host.Cli;
using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Lifecycle;
using Crm.Host.Modules.Loading;
using Crm.Host.Modules.Shapes;
using Crm.Host.Modules.State;

namespace Crm.Host.Hosting;

/// <summary>Registers the module platform: catalog, loader, lifecycle, shape swapping and the <c>modules</c> command.</summary>
internal static class ModulesServiceCollectionExtensions
{
    public static IServiceCollection AddCrmModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModulesOptions>().Bind(configuration.GetSection(ModulesOptions.SectionName));
        services.AddOptions<ModuleStateFileOptions>().Bind(configuration.GetSection("Crm"));

        services.AddSingleton<ModuleCatalog>();
        services.TryAddSingleton<StartupTimeline>();
        // Persistence registers the database-backed store (shared by every host instance); the file store
        // only serves a host composed without persistence.
        services.TryAddSingleton<IModuleStateStore, JsonFileModuleStateStore>();
        services.AddSingleton<ModuleAdministration>();

        services.AddSingleton<ApplicationShapeHolder>();
        services.AddSingleton<IApplicationShapeAccessor>(provider => provider.GetRequiredService<ApplicationShapeHolder>());
        services.AddSingleton<SharedAssemblyClosure>();
        services.AddSingleton<ModuleScopeBuilder>();
        services.AddSingleton<HostStartedSignal>();
        services.AddSingleton<IModuleActivationStep, ModuleBackgroundServicesStep>();
        services.AddSingleton<ShapeFeatureComposer>();
        services.AddSingleton<ModuleManager>();
        services.AddHostedService<ModuleConvergenceService>();
        services.AddReadinessCheck<ModulesReadyHealthCheck>("modules");

        services.AddSingleton<ICliCommand, ModulesCommand>();
        services.AddSingleton<ICliCommand, SeedCommand>();
        return services;
    }
}

using Crm.Host.Hosting;
using Crm.Host.Modules;
using Crm.Host.Persistence.Auditing;
using Crm.Host.Persistence.Providers;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crm.Host.Persistence;

/// <summary>Registers the database: provider, module storage, host tables, migrations, audit, purge.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds persistence. Call it before the module manager's registration so the database is ready (hosted
    /// service order) before modules are activated. Replaces any earlier <see cref="IModuleStateStore"/>.
    /// </summary>
    public static IServiceCollection AddCrmPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(o =>
            {
                o.DataDirectory = configuration[DatabaseOptions.DataDirectorySetting] is { Length: > 0 } directory ? directory : o.DataDirectory;
                o.ConnectionString = configuration.GetConnectionString("Crm") ?? o.ConnectionString;
            });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StartupTimeline>();
        services.TryAddSingleton<ICurrentUser, SystemCurrentUser>();
        services.AddSingleton(sp => DatabaseProviderFactory.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<IDatabaseFaultTranslator>(sp => sp.GetRequiredService<IDatabaseProvider>());
        services.AddSingleton<EntityFrameworkServices>();
        services.AddSingleton<ModuleDatabase>();
        services.AddSingleton<IModuleDatabase>(sp => sp.GetRequiredService<ModuleDatabase>());

        services.AddSingleton(sp => sp.GetRequiredService<ModuleDatabase>().CreateOptions<HostDbContext>(HostDbContext.StorageModuleId));
        services.AddSingleton<IDbContextFactory<HostDbContext>, ModuleDbContextFactory<HostDbContext>>();

        services.Replace(ServiceDescriptor.Singleton<IModuleStateStore, DatabaseModuleStateStore>());
        services.AddSingleton<DirectDatabaseReads>();
        services.AddSingleton<MigrationHistoryReader>();
        services.AddSingleton<IModuleActivationStep, ModuleMigrationStep>();
        services.AddSingleton<ModuleDataPurger>();
        services.AddSingleton<AuditTrail>();

        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartupService>();
        services.AddReadinessCheck<DatabaseReadyHealthCheck>("database");
        return services;
    }
}

using Crm.Host.GraphQL.Composition;

namespace Crm.Host.GraphQL.Admin;

/// <summary>Registers the admin API as a host contribution to every composed schema.</summary>
internal static class AdminApiServiceCollectionExtensions
{
    public static IServiceCollection AddCrmAdminApi(this IServiceCollection services)
    {
        services.AddSingleton<ModuleDirectory>();
        services.AddSingleton<ModuleChangeApplier>();
        services.AddSingleton<ModuleAdminOperations>();
        services.AddSingleton<AuditTrailField>();
        services.AddSingleton<IHostSchemaContribution, AdminSchemaContribution>();
        return services;
    }
}

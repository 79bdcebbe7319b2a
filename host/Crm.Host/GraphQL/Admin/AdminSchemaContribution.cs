using Crm.Host.GraphQL.Composition;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Admin;

/// <summary>
/// The host's admin API, present in every composed schema: <c>modules</c>, <c>enableModule</c>,
/// <c>disableModule</c>, <c>uninstallPlugin</c>, <c>rescanPlugins</c> (all need <c>modules.manage</c>) and
/// <c>auditTrail</c> (needs <c>audit.read</c>). Resolvers take their services from the request, since the module
/// manager (which they drive) itself composes the schema this contribution is part of.
/// </summary>
internal sealed class AdminSchemaContribution : IHostSchemaContribution
{
    public void ConfigureSchema(ISchemaBuilder schema)
    {
        // Payloads name only the UserError interface, so the kinds with extra fields are declared here.
        schema.AddType<DependentsEnabledErrorGraphType>();
        schema.AddType<DependenciesNotEnabledErrorGraphType>();
        schema.AddType<BuiltInModuleErrorGraphType>();

        // Nullable at the root, so a caller without the permission still gets the rest of the response.
        schema.Query.Field<ListGraphType<NonNullGraphType<ModuleGraphType>>>("modules")
            .Description("Every built-in module and installed plugin with its state, by id.")
            .ResolveAsync(async context => await Service<ModuleDirectory>(context).ListAsync(context.CancellationToken).ConfigureAwait(false))
            .RequirePermission(HostPermissions.ModulesManage);

        schema.Query.Field<ConnectionGraphType<AuditEntryGraphType>>("auditTrail")
            .Description($"Audited writes of every module, newest first; at most {Persistence.Auditing.AuditQuery.MaxPageSize} per page (or the host's page limit if lower).")
            .Argument<AuditTrailFilterInputGraphType>("filter", "Only entries matching all given conditions.")
            .Argument<IntGraphType>("first", "Entries per page.")
            .Argument<StringGraphType>("after", "A cursor: continue after this entry (older entries).")
            .ResolveAsync(async context => await Service<AuditTrailField>(context).ResolveAsync(context).ConfigureAwait(false))
            .RequirePermission(HostPermissions.AuditRead);

        schema.Mutation.PayloadField<EnableModuleInputGraphType, EnableModuleInput, EnableModulePayloadGraphType>(
                "enableModule", async (context, input) => await Service<ModuleAdminOperations>(context).EnableAsync(input, context.CancellationToken).ConfigureAwait(false))
            .Description("Enables a module (and, with withDependencies, the modules it needs); the schema and handlers follow before the answer.")
            .RequirePermission(HostPermissions.ModulesManage);

        schema.Mutation.PayloadField<DisableModuleInputGraphType, DisableModuleInput, DisableModulePayloadGraphType>(
                "disableModule", async (context, input) => await Service<ModuleAdminOperations>(context).DisableAsync(input, context.CancellationToken).ConfigureAwait(false))
            .Description("Disables a module; refused while enabled modules depend on it, unless cascade disables them first. Its data stays.")
            .RequirePermission(HostPermissions.ModulesManage);

        schema.Mutation.PayloadField<UninstallPluginInputGraphType, UninstallPluginInput, UninstallPluginPayloadGraphType>(
                "uninstallPlugin", async (context, input) => await Service<ModuleAdminOperations>(context).UninstallAsync(input, context.CancellationToken).ConfigureAwait(false))
            .Description("Removes a disabled plugin's folder and unloads it; with purgeData also drops its tables. Needs its id again in confirm.")
            .RequirePermission(HostPermissions.ModulesManage);

        schema.Mutation.Field<NonNullGraphType<RescanPluginsPayloadGraphType>>("rescanPlugins")
            .Description("Reads the plugins folder now instead of at the next poll: new folders are found, broken ones refused with the reason.")
            .ResolveAsync(async context => await Service<ModuleAdminOperations>(context).RescanAsync(context.CancellationToken).ConfigureAwait(false))
            .RequirePermission(HostPermissions.ModulesManage);
    }

    private static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}

using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Admin;

/// <summary>The GraphQL <c>Module</c> type: one module and where it stands.</summary>
internal sealed class ModuleGraphType : CrmObjectGraphType<ModuleInfo>
{
    public ModuleGraphType()
    {
        Name = "Module";
        Description = "A built-in module or an installed plugin, with its lifecycle state.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The module id from its manifest, e.g. crm.customers (plugins/FOLDER when a plugin's manifest cannot be read).")
            .Resolve(context => context.Source.Id).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("version").Description("Semantic version; empty when the manifest cannot be read.")
            .Resolve(context => context.Source.Version).ResolvesWithoutServices();
        Field<StringGraphType>("description").Resolve(context => context.Source.Description).ResolvesWithoutServices();
        Field<NonNullGraphType<ModuleOriginGraphType>>("origin").Resolve(context => context.Source.Origin).ResolvesWithoutServices();
        Field<NonNullGraphType<BooleanGraphType>>("builtIn").Description("True for a module shipped with the host; false for a plugin.")
            .Resolve(context => context.Source.Origin == ModuleOrigin.BuiltIn).ResolvesWithoutServices();
        Field<NonNullGraphType<ModuleStateGraphType>>("state").Resolve(context => context.Source.State).ResolvesWithoutServices();
        Field<StringGraphType>("lastError").Description("Why the module is FAULTED, or why an enabled module is not running yet.")
            .Resolve(context => context.Source.LastError).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dependsOn").Description("Ids of the modules this one needs.")
            .Resolve(context => context.Source.DependsOn).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("neededBy").Description("Ids of the modules that need this one.")
            .Resolve(context => context.Source.NeededBy).ResolvesWithoutServices();
        Field<ListGraphType<NonNullGraphType<PermissionGraphType>>>("permissions")
            .Description("The permissions the module's fields require; null for a plugin that is not loaded (reading them would run its code).")
            .Resolve(context => context.Source.Permissions).ResolvesWithoutServices();
    }
}

/// <summary>The GraphQL <c>ModuleState</c> enum.</summary>
internal sealed class ModuleStateGraphType : EnumerationGraphType<ModuleState>
{
    public ModuleStateGraphType()
    {
        Name = "ModuleState";
        Description = "Where a module stands in its lifecycle.";
    }
}

/// <summary>The GraphQL <c>ModuleOrigin</c> enum.</summary>
internal sealed class ModuleOriginGraphType : EnumerationGraphType<ModuleOrigin>
{
    public ModuleOriginGraphType()
    {
        Name = "ModuleOrigin";
        Description = "BUILT_IN: shipped with the host. PLUGIN: a folder under the plugins path.";
    }
}

/// <summary>The GraphQL <c>Permission</c> type: a permission a module declares.</summary>
internal sealed class PermissionGraphType : CrmObjectGraphType<PermissionDefinition>
{
    public PermissionGraphType()
    {
        Name = "Permission";
        Description = "A permission a module's fields require; roles grant it.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(context => context.Source.Description).ResolvesWithoutServices();
    }
}

using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Admin;

/// <summary>What <c>enableModule</c>, <c>disableModule</c> and <c>uninstallPlugin</c> return.</summary>
/// <param name="Module">The module after the change (null when uninstalled or unknown).</param>
/// <param name="Changed">Ids of every module the change switched (dependencies or dependents included).</param>
/// <param name="Errors">The user's mistakes; nothing changed when not empty.</param>
internal sealed record ModuleChangePayload(ModuleInfo? Module, IReadOnlyList<string> Changed, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static ModuleChangePayload Refused(IUserError error) => new(null, [], [error]);
}

/// <summary>What <c>rescanPlugins</c> returns.</summary>
/// <param name="Found">Every usable plugin in the plugins folder after the rescan.</param>
/// <param name="Refused">Plugin folders that cannot be enabled as they are, each with its reason in <c>lastError</c>.</param>
internal sealed record RescanPluginsPayload(IReadOnlyList<ModuleInfo> Found, IReadOnlyList<ModuleInfo> Refused) : IPayload
{
    public IReadOnlyList<IUserError> Errors => [];
}

/// <summary>The payload types of the module mutations: one per mutation, as the schema conventions ask.</summary>
internal abstract class ModuleChangePayloadGraphType : PayloadGraphType<ModuleChangePayload>
{
    protected ModuleChangePayloadGraphType(string name, string moduleDescription, string changedDescription)
    {
        Name = name;
        Field<ModuleGraphType>("module").Description(moduleDescription).Resolve(context => context.Source.Module).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("changed").Description(changedDescription)
            .Resolve(context => context.Source.Changed).ResolvesWithoutServices();
    }
}

/// <summary>The GraphQL <c>EnableModulePayload</c> type.</summary>
internal sealed class EnableModulePayloadGraphType() : ModuleChangePayloadGraphType(
    "EnableModulePayload", "The module after the change, with its state in this server.", "Ids of the modules switched on, dependencies first.");

/// <summary>The GraphQL <c>DisableModulePayload</c> type.</summary>
internal sealed class DisableModulePayloadGraphType() : ModuleChangePayloadGraphType(
    "DisableModulePayload", "The module after the change.", "Ids of the modules switched off, dependents first.");

/// <summary>The GraphQL <c>UninstallPluginPayload</c> type.</summary>
internal sealed class UninstallPluginPayloadGraphType() : ModuleChangePayloadGraphType(
    "UninstallPluginPayload", "Always null once uninstalled: the plugin is gone.", "The id of the plugin removed.");

/// <summary>The GraphQL <c>RescanPluginsPayload</c> type.</summary>
internal sealed class RescanPluginsPayloadGraphType : PayloadGraphType<RescanPluginsPayload>
{
    public RescanPluginsPayloadGraphType()
    {
        Name = "RescanPluginsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleGraphType>>>>("found").Description("Every usable plugin in the plugins folder.")
            .Resolve(context => context.Source.Found).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleGraphType>>>>("refused").Description("Plugin folders refused as they are; lastError says why.")
            .Resolve(context => context.Source.Refused).ResolvesWithoutServices();
    }
}

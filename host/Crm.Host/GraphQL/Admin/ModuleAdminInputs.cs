using GraphQL.Types;

namespace Crm.Host.GraphQL.Admin;

/// <summary>Input of <c>enableModule</c>.</summary>
internal sealed record EnableModuleInput(string Id, bool WithDependencies);

/// <summary>Input of <c>disableModule</c>.</summary>
internal sealed record DisableModuleInput(string Id, bool Cascade);

/// <summary>Input of <c>uninstallPlugin</c>.</summary>
internal sealed record UninstallPluginInput(string Id, string? Confirm, bool PurgeData);

/// <summary>The GraphQL <c>EnableModuleInput</c> type.</summary>
internal sealed class EnableModuleInputGraphType : InputObjectGraphType<EnableModuleInput>
{
    public EnableModuleInputGraphType()
    {
        Name = "EnableModuleInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The module to enable.");
        Field<BooleanGraphType>("withDependencies").DefaultValue(false).Description("Also enable the modules it needs that are not enabled.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new EnableModuleInput(value.Text("id"), value.Flag("withDependencies"));
    }
}

/// <summary>The GraphQL <c>DisableModuleInput</c> type.</summary>
internal sealed class DisableModuleInputGraphType : InputObjectGraphType<DisableModuleInput>
{
    public DisableModuleInputGraphType()
    {
        Name = "DisableModuleInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The module to disable.");
        Field<BooleanGraphType>("cascade").DefaultValue(false).Description("Disable the enabled modules that depend on it first; without it, such dependents refuse the change.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DisableModuleInput(value.Text("id"), value.Flag("cascade"));
    }
}

/// <summary>The GraphQL <c>UninstallPluginInput</c> type.</summary>
internal sealed class UninstallPluginInputGraphType : InputObjectGraphType<UninstallPluginInput>
{
    public UninstallPluginInputGraphType()
    {
        Name = "UninstallPluginInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plugin to remove; it must be disabled first.");
        Field<StringGraphType>("confirm").Description("The plugin's id typed a second time: uninstalling deletes its folder, and with purgeData its tables, for good.");
        Field<BooleanGraphType>("purgeData").DefaultValue(false).Description("Also drop every table of the plugin. Without it the data stays for a later reinstall.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new UninstallPluginInput(value.Text("id"), value.TryGetValue("confirm", out var confirm) ? confirm?.ToString() : null, value.Flag("purgeData"));
    }
}

/// <summary>Reads the members of an input object the way the admin inputs need them.</summary>
internal static class InputValues
{
    public static string Text(this IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var member) ? member?.ToString() ?? "" : "";

    public static bool Flag(this IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var member) && member is true;
}

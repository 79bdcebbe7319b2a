namespace Crm.Architecture.Tests;

/// <summary>
/// Modules talk only through SDK contracts and MediatR, plugins are loaded at run time, and the host knows no
/// plugin. Each rule is a loop over every discovered assembly, so a new module or plugin is covered the day it
/// is added.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly IReadOnlyList<BuiltAssembly> Modules = BuiltAssemblies.Under("modules");

    // Real plugins, and the test plugins (projects with a crm-module.json beside them), which follow the same rules.
    private static readonly IReadOnlyList<BuiltAssembly> Plugins =
    [
        .. BuiltAssemblies.Under("plugins"),
        .. BuiltAssemblies.Under(Path.Combine("tests", "TestPlugins"), p => File.Exists(Path.Combine(Path.GetDirectoryName(p)!, "crm-module.json"))),
    ];

    [Fact]
    public void No_module_references_another_module_a_plugin_or_the_host()
    {
        var forbidden = Modules.Select(m => m.Name).Concat(Plugins.Select(p => p.Name)).Append("Crm.Host").ToHashSet(StringComparer.Ordinal);

        var violations = Modules
            .SelectMany(module => BuiltAssemblies.ReferencesOf(module.Path).Where(r => r != module.Name && forbidden.Contains(r)).Select(r => $"{module.Name} -> {r}"))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void No_plugin_references_a_module_another_plugin_or_the_host()
    {
        Assert.NotEmpty(Plugins);
        var forbidden = Modules.Select(m => m.Name).Concat(Plugins.Select(p => p.Name)).Append("Crm.Host").ToHashSet(StringComparer.Ordinal);

        var violations = Plugins
            .SelectMany(plugin => BuiltAssemblies.ReferencesOf(plugin.Path).Where(r => r != plugin.Name && forbidden.Contains(r)).Select(r => $"{plugin.Name} -> {r}"))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void Host_references_no_plugin()
    {
        var references = BuiltAssemblies.ReferencesOf(BuiltAssemblies.HostAssembly);
        Assert.Contains("Crm.Sdk", references);

        var violations = Plugins.Where(p => references.Contains(p.Name)).Select(p => $"Crm.Host -> {p.Name}").ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void Every_plugin_references_the_sdk()
    {
        var withoutSdk = Plugins.Where(p => !BuiltAssemblies.ReferencesOf(p.Path).Contains("Crm.Sdk")).Select(p => p.Name).ToList();

        Assert.Empty(withoutSdk);
    }
}

using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace Crm.Host.Tests.Modules.Catalog;

public sealed class ModuleCatalogTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task Finds_built_in_modules_by_attribute_and_plugins_by_folder()
    {
        _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");

        var snapshot = await ScanAsync();

        var builtIn = snapshot.Find("test.builtin")!;
        Assert.Equal(ModuleOrigin.BuiltIn, builtIn.Origin);
        Assert.Equal("TestPlugins.BuiltIn", builtIn.Location);
        var beta = snapshot.Find("test.beta")!;
        Assert.Equal(ModuleOrigin.Plugin, beta.Origin);
        Assert.Equal("^1.0.0", beta.Manifest!.Dependencies.Single().Versions.Text);
    }

    [Fact]
    public async Task Usable_modules_come_in_dependency_order_and_faulted_ones_last()
    {
        _workspace.AddPluginWithManifest("Beta", "AaaDependsOnAlpha", m => m["id"] = "test.aaa");
        _workspace.AddPlugin("Alpha");
        _workspace.AddPluginWithManifest("Alpha", "Broken", m => m["sdkVersion"] = "9.0");

        var snapshot = await ScanAsync();

        var keys = snapshot.Entries.Select(e => e.Key).ToList();
        Assert.True(keys.IndexOf("test.alpha") < keys.IndexOf("test.aaa"));
        Assert.Equal("plugins/Broken", keys[^1]);
        Assert.NotNull(snapshot.Entries[^1].Fault);
    }

    [Fact]
    public async Task Module_depending_on_a_faulted_module_is_faulted_with_the_reason()
    {
        _workspace.AddPluginWithManifest("Alpha", "Alpha", m => m["sdkVersion"] = "2.0");
        _workspace.AddPlugin("Beta");

        var snapshot = await ScanAsync();

        Assert.Contains("depends on 'test.alpha', which is faulted", snapshot.Find("test.beta")!.Fault, StringComparison.Ordinal);
        Assert.Contains("SDK 2.0", snapshot.Find("test.beta")!.Fault, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_plugins_folder_means_no_plugins()
    {
        Directory.Delete(_workspace.PluginsPath);

        var snapshot = await ScanAsync();

        Assert.All(snapshot.Entries, e => Assert.Equal(ModuleOrigin.BuiltIn, e.Origin));
    }

    public void Dispose() => _workspace.Dispose();

    private Task<CatalogSnapshot> ScanAsync() =>
        new ModuleCatalog(Options.Create(new ModulesOptions { PluginsPath = _workspace.PluginsPath })).ScanAsync(CancellationToken.None);
}

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

    [Fact]
    public async Task A_plugin_folder_changed_replaced_or_removed_after_a_scan_is_seen_by_the_next_scan_of_the_same_catalog()
    {
        var alpha = _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");
        var catalog = Catalog();
        Assert.Equal("1.2.0", (await catalog.ScanAsync(CancellationToken.None)).Find("test.alpha")!.Manifest!.Version.ToString());

        // The manifest rewritten in place: a new version.
        var manifestPath = Path.Combine(alpha, "crm-module.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"1.2.0\"", "\"1.4.0\"", StringComparison.Ordinal));
        Assert.Equal("1.4.0", (await catalog.ScanAsync(CancellationToken.None)).Find("test.alpha")!.Manifest!.Version.ToString());

        // The entry assembly overwritten with something that is not .NET.
        var entryAssembly = Directory.GetFiles(alpha, "TestPlugins.Alpha.dll").Single();
        File.WriteAllBytes(entryAssembly, [0x4d, 0x5a, 0, 0, 1, 2, 3]);
        Assert.Contains("is not a .NET assembly", (await catalog.ScanAsync(CancellationToken.None)).Find("test.alpha")!.Fault, StringComparison.Ordinal);

        // The folder removed: the module and its dependent's dependency are gone.
        Directory.Delete(alpha, recursive: true);
        var last = await catalog.ScanAsync(CancellationToken.None);
        Assert.Null(last.Find("test.alpha"));
        Assert.Contains("test.alpha", last.Find("test.beta")!.Fault, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_cache_answers_only_while_the_manifest_and_the_entry_assembly_are_unchanged()
    {
        var alpha = _workspace.AddPlugin("Alpha");
        var entry = new CatalogEntry("test.alpha", ModuleOrigin.Plugin, alpha, null, null)
        {
            Plugin = new PluginFolder(alpha, Path.Combine(alpha, "TestPlugins.Alpha.dll"), new Crm.Sdk.Modules.SemanticVersion(1, 0, 0)),
        };
        var cache = new PluginFolderCache();
        Assert.False(cache.TryGet(alpha, out _));

        cache.Remember(alpha, entry);
        Assert.True(cache.TryGet(alpha, out var cached));
        Assert.Same(entry, cached);

        File.SetLastWriteTimeUtc(Path.Combine(alpha, "TestPlugins.Alpha.dll"), DateTime.UtcNow.AddMinutes(1));
        Assert.False(cache.TryGet(alpha, out _));

        cache.Remember(alpha, entry);
        File.AppendAllText(Path.Combine(alpha, "crm-module.json"), " ");
        Assert.False(cache.TryGet(alpha, out _));

        cache.Remember(alpha, entry with { Fault = "broken" });
        File.SetLastWriteTimeUtc(Path.Combine(alpha, "crm-module.json"), File.GetLastWriteTimeUtc(Path.Combine(alpha, "crm-module.json")));
        Assert.False(cache.TryGet(alpha, out _)); // faulted reads are never kept

        cache.Remember(alpha, entry);
        cache.KeepOnly([]);
        Assert.False(cache.TryGet(alpha, out _));
    }

    public void Dispose() => _workspace.Dispose();

    private ModuleCatalog Catalog() => new(Options.Create(new ModulesOptions { PluginsPath = _workspace.PluginsPath }));

    private Task<CatalogSnapshot> ScanAsync() => Catalog().ScanAsync(CancellationToken.None);
}

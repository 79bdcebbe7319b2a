using Crm.Host.Modules;
using Crm.Host.Modules.Lifecycle;
using Crm.Host.Tests.Support;

namespace Crm.Host.Tests.Modules.Lifecycle;

public sealed class ModuleAdministrationTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public ModuleAdministrationTests()
    {
        _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");
    }

    [Fact]
    public async Task Enable_is_refused_while_a_dependency_is_not_enabled()
    {
        await using var host = await TestHost.StartAsync(_workspace);

        var refused = await Assert.ThrowsAsync<ModuleOperationException>(() => host.EnableAsync("test.beta"));

        Assert.False(refused.UnknownModule);
        Assert.Contains("test.alpha (^1.0.0)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--with-dependencies", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("test.beta", host.RunningModules);
    }

    [Fact]
    public async Task Enable_with_dependencies_enables_them_first()
    {
        await using var host = await TestHost.StartAsync(_workspace);

        await host.EnableAsync("test.beta", withDependencies: true);

        // Dependencies before dependents.
        Assert.Equal(["test.alpha", "test.beta", "test.builtin"], host.RunningModules.Order(StringComparer.Ordinal));
        Assert.True(host.RunningModules.ToList().IndexOf("test.alpha") < host.RunningModules.ToList().IndexOf("test.beta"));
    }

    [Fact]
    public async Task Disable_is_refused_while_enabled_modules_depend_on_it()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.beta", withDependencies: true);

        var refused = await Assert.ThrowsAsync<ModuleOperationException>(() => host.DisableAsync("test.alpha"));

        Assert.Contains("enabled modules depend on it: test.beta", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--cascade", refused.Message, StringComparison.Ordinal);
        Assert.Contains("test.alpha", host.RunningModules);
    }

    [Fact]
    public async Task Disable_with_cascade_disables_the_dependents_too()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.beta", withDependencies: true);

        await host.DisableAsync("test.alpha", cascade: true);

        Assert.Equal(["test.builtin"], host.RunningModules);
        Assert.Equal(ModuleState.Disabled, (await host.StatusAsync("test.beta")).State);
        Assert.Equal(ModuleState.Disabled, (await host.StatusAsync("test.alpha")).State);
    }

    [Fact]
    public async Task Unknown_id_is_reported_with_the_known_ones()
    {
        await using var host = await TestHost.StartAsync(_workspace);

        var refused = await Assert.ThrowsAsync<ModuleOperationException>(() => host.EnableAsync("test.nope"));

        Assert.True(refused.UnknownModule);
        Assert.Contains("No module 'test.nope'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("test.alpha", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Built_in_module_cannot_be_uninstalled()
    {
        await using var host = await TestHost.StartAsync(_workspace);

        var refused = await Assert.ThrowsAsync<ModuleOperationException>(() => host.Administration.UninstallAsync("test.builtin", CancellationToken.None));

        Assert.Contains("built in", refused.Message, StringComparison.Ordinal);
        Assert.Contains("modules disable test.builtin", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstall_is_refused_while_enabled_modules_depend_on_the_plugin()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.beta", withDependencies: true);

        var refused = await Assert.ThrowsAsync<ModuleOperationException>(() => host.Administration.UninstallAsync("test.alpha", CancellationToken.None));

        Assert.Contains("test.beta", refused.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_workspace.PluginsPath, "Alpha")));
    }

    [Fact]
    public async Task Enabling_a_module_the_catalog_faulted_is_refused_with_the_fault()
    {
        _workspace.AddPluginWithManifest("Alpha", "FutureSdk", m =>
        {
            m["id"] = "test.future-sdk";
            m["sdkVersion"] = "2.0";
        });
        await using var host = await TestHost.StartAsync(_workspace);

        var refused = await Assert.ThrowsAsync<ModuleOperationException>(() => host.EnableAsync("test.future-sdk"));

        Assert.Contains("cannot be enabled", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SDK 2.0", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();
}

using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Crm.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TestPlugins.Contracts;

namespace Crm.Host.Tests.Modules.Loading;

/// <summary>The two persistence pins: EF Core's internal service provider and a driver loaded inside the plugin.</summary>
public sealed class StoredPluginTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task Plugin_with_its_own_tables_uses_the_hosts_EF_Core_and_SQLite_driver()
    {
        _workspace.AddPlugin("Stored");
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.stored");

        Assert.Equal(["first"], await host.Mediator.Send(new StoreWordRequest("first")));
        Assert.Equal(["first", "second"], await host.Mediator.Send(new StoreWordRequest("second")));

        var context = AssemblyLoadContext.GetLoadContext(host.Shapes.Current.FindModule("test.stored")!.Module.GetType().Assembly)!;
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(SqliteConnection).Assembly));
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(DbContext).Assembly));
        var pluginCopies = context.Assemblies.Select(a => a.GetName().Name).ToList();
        Assert.DoesNotContain("Microsoft.Data.Sqlite", pluginCopies);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", pluginCopies);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore.Relational", pluginCopies);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore.Sqlite", pluginCopies);
    }

    [Fact]
    public async Task Uninstalled_plugin_load_context_is_collected_after_it_wrote_rows_through_EF_Core()
    {
        _workspace.AddPlugin("Stored");
        var (context, host) = await StartStoreThenUninstallAsync(_workspace);
        await using var disposeHost = host;

        for (var attempt = 0; attempt < 20 && context.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "The plugin's load context is still referenced after uninstall (EF Core or driver pin).");
        Assert.DoesNotContain("test.stored", host.RunningModules);
    }

    public void Dispose() => _workspace.Dispose();

    // Out of line and without locals of plugin types, as in LoadedPluginTests, so the test method holds nothing.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference Context, TestHost Host)> StartStoreThenUninstallAsync(TestWorkspace workspace)
    {
        var host = await TestHost.StartAsync(workspace);
        await host.EnableAsync("test.stored");
        var context = ContextOf(host, "test.stored");
        Assert.True(context.IsAlive, "The weak reference must start out pointing at the plugin's load context.");

        Assert.Equal(["kept"], await host.Mediator.Send(new StoreWordRequest("kept")));

        await host.Administration.UninstallAsync("test.stored", CancellationToken.None);
        await host.Manager.ConvergeAsync(CancellationToken.None);
        return (context, host);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContextOf(TestHost host, string moduleId) =>
        new(AssemblyLoadContext.GetLoadContext(host.Shapes.Current.FindModule(moduleId)!.Module.GetType().Assembly));
}

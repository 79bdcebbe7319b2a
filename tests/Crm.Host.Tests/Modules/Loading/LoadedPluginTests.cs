using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Crm.Host.Tests.Support;
using Crm.Sdk.Modules;
using MediatR;
using TestPlugins.Contracts;

namespace Crm.Host.Tests.Modules.Loading;

public sealed class LoadedPluginTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task Plugin_module_type_is_the_hosts_ICrmModule_in_its_own_load_context()
    {
        _workspace.AddPlugin("Alpha");
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.alpha");

        var module = host.Shapes.Current.FindModule("test.alpha")!.Module;
        var moduleType = module.GetType();

        Assert.Contains(typeof(ICrmModule), moduleType.GetInterfaces());
        Assert.Contains(typeof(IRequest<string>), moduleType.Assembly.GetType("TestPlugins.Alpha.SecretRequest")!.GetInterfaces());
        var context = AssemblyLoadContext.GetLoadContext(moduleType.Assembly)!;
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.True(context.IsCollectible);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(PingRequest).Assembly));
    }

    [Fact]
    public async Task Uninstalled_plugin_load_context_is_collected_after_its_private_messages_went_through_MediatR()
    {
        _workspace.AddPlugin("Alpha");
        var (context, host) = await StartUseThenUninstallAsync(_workspace);
        await using var disposeHost = host;

        for (var attempt = 0; attempt < 20 && context.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "The plugin's load context is still referenced after uninstall.");
        Assert.DoesNotContain("test.alpha", host.RunningModules);
        Assert.False(Directory.Exists(Path.Combine(_workspace.PluginsPath, "Alpha")));
    }

    public void Dispose() => _workspace.Dispose();

    // Kept out of line, and without locals of plugin types (an async method keeps its locals in the task it
    // returns), so that nothing of this test holds the plugin during the GC loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference Context, TestHost Host)> StartUseThenUninstallAsync(TestWorkspace workspace)
    {
        var host = await TestHost.StartAsync(workspace);
        await host.EnableAsync("test.alpha");
        var context = ContextOf(host, "test.alpha");

        Assert.Equal("pong from test.alpha", await host.Mediator.Send(new PingRequest()));
        Assert.Equal("secret word", await host.Mediator.Send(CreatePrivateRequest(host, "test.alpha", "TestPlugins.Alpha.SecretRequest", "word")));
        await host.Mediator.Publish(new Announcement());

        await host.Administration.UninstallAsync("test.alpha", CancellationToken.None);
        await host.Manager.ConvergeAsync(CancellationToken.None);
        return (context, host);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContextOf(TestHost host, string moduleId) =>
        new(AssemblyLoadContext.GetLoadContext(host.Shapes.Current.FindModule(moduleId)!.Module.GetType().Assembly));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IRequest<string> CreatePrivateRequest(TestHost host, string moduleId, string typeName, string argument) =>
        (IRequest<string>)Activator.CreateInstance(host.Shapes.Current.FindModule(moduleId)!.Module.GetType().Assembly.GetType(typeName)!, argument)!;
}

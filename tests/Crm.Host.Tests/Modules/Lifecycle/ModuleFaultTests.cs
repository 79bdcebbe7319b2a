using Crm.Host.Modules;
using Crm.Host.Tests.Support;
using TestPlugins.Contracts;

namespace Crm.Host.Tests.Modules.Lifecycle;

/// <summary>
/// Every kind of broken plugin leaves the host running (test.alpha still answers) and the module Faulted with
/// a message that says what to fix. Plugins are enabled by default here, as at a deployment's start-up.
/// </summary>
public sealed class ModuleFaultTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public ModuleFaultTests() => _workspace.AddPlugin("Alpha");

    [Fact]
    public async Task Folder_without_the_entry_assembly_is_faulted()
    {
        var folder = _workspace.AddPluginWithManifest("Alpha", "Empty", m => m["id"] = "test.empty");
        foreach (var dll in Directory.GetFiles(folder, "*.dll"))
        {
            File.Delete(dll);
        }

        await AssertFaultedAsync("test.empty", "TestPlugins.Alpha.dll", "is not in the folder");
    }

    [Fact]
    public async Task Folder_without_a_manifest_is_faulted()
    {
        var folder = _workspace.AddPlugin("Alpha", "NoManifest");
        File.Delete(Path.Combine(folder, "crm-module.json"));

        await AssertFaultedAsync("plugins/NoManifest", "no crm-module.json");
    }

    [Fact]
    public async Task Manifest_that_is_not_json_is_faulted()
    {
        var folder = _workspace.AddPlugin("Alpha", "BadJson");
        await File.WriteAllTextAsync(Path.Combine(folder, "crm-module.json"), "{ \"id\": ");

        await AssertFaultedAsync("plugins/BadJson", "crm-module.json is not valid JSON");
    }

    [Fact]
    public async Task Corrupt_assembly_is_faulted_without_being_loaded()
    {
        var folder = _workspace.AddPluginWithManifest("Alpha", "Corrupt", m => m["id"] = "test.corrupt");
        await File.WriteAllBytesAsync(Path.Combine(folder, "TestPlugins.Alpha.dll"), [0x4D, 0x5A, 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE]);

        await AssertFaultedAsync("test.corrupt", "is not a .NET assembly");
    }

    [Fact]
    public async Task Missing_private_dependency_is_faulted_naming_the_file()
    {
        var folder = _workspace.AddPlugin("MissingDependency");
        File.Delete(Path.Combine(folder, "TestPlugins.PrivateLib.dll"));

        await AssertFaultedAsync("test.missing-dependency", "TestPlugins.PrivateLib", "could not be found");
    }

    [Fact]
    public async Task Assembly_without_the_module_attribute_is_faulted()
    {
        _workspace.AddPlugin("NoAttribute");

        await AssertFaultedAsync("test.no-attribute", "has no [assembly: CrmModule(typeof(YourModule))] attribute");
    }

    [Fact]
    public async Task Module_whose_ConfigureServices_throws_is_faulted()
    {
        _workspace.AddPlugin("ThrowingServices");

        await AssertFaultedAsync("test.throwing-services", "ConfigureServices", "the licence key setting is missing");
    }

    [Fact]
    public async Task Second_module_with_the_same_id_is_faulted()
    {
        _workspace.AddPlugin("Alpha", "AlphaCopy");

        await AssertFaultedAsync("plugins/AlphaCopy", "'test.alpha' is declared by both plugins/Alpha and plugins/AlphaCopy");
    }

    [Fact]
    public async Task Dependency_cycle_faults_every_module_in_it()
    {
        _workspace.AddPluginWithManifest("Beta", "CycleA", m =>
        {
            m["id"] = "test.cycle-a";
            m["dependencies"] = new System.Text.Json.Nodes.JsonObject { ["test.cycle-b"] = "*" };
        });
        _workspace.AddPluginWithManifest("Beta", "CycleB", m =>
        {
            m["id"] = "test.cycle-b";
            m["dependencies"] = new System.Text.Json.Nodes.JsonObject { ["test.cycle-a"] = "^1.0.0" };
        });

        await AssertFaultedAsync("test.cycle-a", "Dependency cycle: test.cycle-a -> test.cycle-b -> test.cycle-a");
    }

    [Fact]
    public async Task Missing_dependency_is_faulted()
    {
        _workspace.AddPluginWithManifest("Beta", "NeedsGhost", m =>
        {
            m["id"] = "test.needs-ghost";
            m["dependencies"] = new System.Text.Json.Nodes.JsonObject { ["test.ghost"] = "^1.0.0" };
        });

        await AssertFaultedAsync("test.needs-ghost", "depends on 'test.ghost' (^1.0.0), which is not installed");
    }

    [Fact]
    public async Task Too_old_dependency_is_faulted()
    {
        _workspace.AddPluginWithManifest("Beta", "NeedsNewAlpha", m =>
        {
            m["id"] = "test.needs-new-alpha";
            m["dependencies"] = new System.Text.Json.Nodes.JsonObject { ["test.alpha"] = ">=2.0.0" };
        });

        await AssertFaultedAsync("test.needs-new-alpha", "needs 'test.alpha' >=2.0.0, but version 1.2.0 is installed");
    }

    [Fact]
    public async Task Unsupported_SDK_major_version_is_faulted_naming_both_versions()
    {
        _workspace.AddPluginWithManifest("Alpha", "FutureSdk", m =>
        {
            m["id"] = "test.future-sdk";
            m["sdkVersion"] = "2.0";
        });

        await AssertFaultedAsync("test.future-sdk", "built against Crm SDK 2.0", $"this host supports SDK 1.x (it has {Crm.Sdk.SdkInfo.Version})");
    }

    [Fact]
    public async Task Fault_is_persisted_and_enabling_a_faulted_module_again_retries_it()
    {
        _workspace.AddPlugin("ThrowingServices");
        await using var host = await TestHost.StartAsync(_workspace, extraArgs: "--Crm:Modules:EnablePluginsByDefault=true");
        Assert.Equal(ModuleState.Faulted, (await host.Administration.ListAsync(CancellationToken.None)).Single(s => s.Key == "test.throwing-services").State);

        await host.EnableAsync("test.throwing-services");

        var status = await host.StatusAsync("test.throwing-services");
        Assert.Equal(ModuleState.Faulted, status.State);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.Message.Contains("licence key", StringComparison.Ordinal)));
    }

    public void Dispose() => _workspace.Dispose();

    private async Task AssertFaultedAsync(string key, params string[] messageParts)
    {
        await using var host = await TestHost.StartAsync(_workspace, extraArgs: "--Crm:Modules:EnablePluginsByDefault=true");

        var status = await host.StatusAsync(key);
        Assert.Equal(ModuleState.Faulted, status.State);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, status.Note, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(key, host.RunningModules);
        Assert.Equal("pong from test.alpha", await host.Mediator.Send(new PingRequest()));
    }
}

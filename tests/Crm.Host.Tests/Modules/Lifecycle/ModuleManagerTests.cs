using System.Collections.Concurrent;
using Crm.Host.Modules;
using Crm.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using TestPlugins.Contracts;

namespace Crm.Host.Tests.Modules.Lifecycle;

public sealed class ModuleManagerTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public ModuleManagerTests()
    {
        _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");
        _workspace.AddPlugin("JsonTwelve");
    }

    [Fact]
    public async Task Module_states_survive_a_restart()
    {
        await using (var first = await TestHost.StartAsync(_workspace))
        {
            await first.EnableAsync("test.beta", withDependencies: true);
            await first.EnableAsync("test.json-twelve");
            await first.DisableAsync("test.json-twelve");
        }

        await using var second = await TestHost.StartAsync(_workspace);

        Assert.Equal(["test.alpha", "test.beta", "test.builtin"], second.RunningModules.Order(StringComparer.Ordinal));
        Assert.Equal(ModuleState.Disabled, (await second.StatusAsync("test.json-twelve")).State);
        Assert.Equal("pong from test.alpha", await second.Mediator.Send(new PingRequest()));
    }

    [Fact]
    public async Task Activation_steps_run_in_order_for_each_enabled_module_and_a_throwing_step_faults_only_that_module()
    {
        var calls = new ConcurrentQueue<string>();
        await using var host = await TestHost.StartAsync(_workspace, builder =>
        {
            builder.Services.AddSingleton<IModuleActivationStep>(new RecordingStep(20, "second", calls, failFor: "test.json-twelve"));
            builder.Services.AddSingleton<IModuleActivationStep>(new RecordingStep(10, "first", calls, failFor: null));
        });

        await host.EnableAsync("test.alpha");
        await host.EnableAsync("test.json-twelve");

        Assert.Equal(["first:test.builtin", "second:test.builtin", "first:test.alpha", "second:test.alpha", "first:test.json-twelve", "second:test.json-twelve"], calls);
        var faulted = await host.StatusAsync("test.json-twelve");
        Assert.Equal(ModuleState.Faulted, faulted.State);
        Assert.Contains("RecordingStep failed: migration 7 failed", faulted.Note, StringComparison.Ordinal);
        Assert.Equal(["test.alpha", "test.builtin"], host.RunningModules.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Module_a_feature_builder_rejects_is_faulted_and_its_dependents_wait()
    {
        await using var host = await TestHost.StartAsync(_workspace, builder =>
            builder.Services.AddSingleton<IShapeFeatureBuilder>(new RejectingFeatureBuilder("test.alpha")));

        await host.EnableAsync("test.beta", withDependencies: true);

        Assert.Equal(["test.builtin"], host.RunningModules);
        var alpha = await host.StatusAsync("test.alpha");
        Assert.Equal(ModuleState.Faulted, alpha.State);
        Assert.Contains("the schema has a clash", alpha.Note, StringComparison.Ordinal);
        var beta = await host.StatusAsync("test.beta");
        Assert.Equal(ModuleState.Enabled, beta.State);
        Assert.Contains("waiting for", beta.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unchanged_states_keep_the_shape_and_a_toggle_builds_a_new_one()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        var before = host.Shapes.Current;

        Assert.False(await host.Manager.ConvergeAsync(CancellationToken.None));
        Assert.Same(before, host.Shapes.Current);

        await host.EnableAsync("test.alpha");

        Assert.Equal(before.Generation + 1, host.Shapes.Current.Generation);
        Assert.Same(before.FindModule("test.builtin"), host.Shapes.Current.FindModule("test.builtin"));
    }

    public void Dispose() => _workspace.Dispose();

    private sealed class RecordingStep(int order, string name, ConcurrentQueue<string> calls, string? failFor) : IModuleActivationStep
    {
        public int Order => order;

        public Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken)
        {
            // The host's built-in CRM modules are activated too; only the test modules are the subject here.
            if (module.Id.StartsWith("test.", StringComparison.Ordinal))
            {
                calls.Enqueue($"{name}:{module.Id}");
            }

            return module.Id == failFor ? throw new InvalidOperationException("migration 7 failed") : Task.CompletedTask;
        }
    }

    private sealed class RejectingFeatureBuilder(string rejected) : IShapeFeatureBuilder
    {
        public Task<ShapeFeatureResult> BuildAsync(IReadOnlyList<ActiveModule> modules, CancellationToken cancellationToken) =>
            Task.FromResult(modules.Any(m => m.Id == rejected)
                ? new ShapeFeatureResult(null, new Dictionary<string, string> { [rejected] = $"'{rejected}': the schema has a clash" })
                : ShapeFeatureResult.Success(new object()));
    }
}

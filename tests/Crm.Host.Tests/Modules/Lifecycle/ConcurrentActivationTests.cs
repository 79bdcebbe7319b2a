using System.Collections.Concurrent;
using Crm.Host.Modules;
using Crm.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Modules.Lifecycle;

/// <summary>
/// Modules of one convergence are activated side by side, but a module never starts before its dependencies
/// are active, and waits when one of them cannot join. Real plugins: Beta depends on Alpha, JsonTwelve on nothing.
/// </summary>
public sealed class ConcurrentActivationTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TestWorkspace _workspace = new();

    public ConcurrentActivationTests()
    {
        _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");
        _workspace.AddPlugin("JsonTwelve");
    }

    [Fact]
    public async Task Independent_modules_activate_at_the_same_time_and_a_dependent_starts_only_after_its_dependency()
    {
        var step = new RendezvousStep("test.alpha", "test.json-twelve");
        await using var host = await TestHost.StartAsync(_workspace, b => b.Services.AddSingleton<IModuleActivationStep>(step), "--Crm:Modules:EnablePluginsByDefault=true");

        // Each of the two independent modules waited inside its activation until the other one was inside its own:
        // one after the other, the first would have waited in vain.
        Assert.True(step.MetEachOther, $"alpha and json-twelve were not activated at the same time: {string.Join(", ", step.Events)}");
        var events = step.Events.ToList();
        Assert.True(events.IndexOf("end:test.alpha") < events.IndexOf("start:test.beta"), string.Join(", ", events));
        Assert.Equal(["test.alpha", "test.beta", "test.builtin", "test.json-twelve"], host.RunningModules.Order(StringComparer.Ordinal));
        // The shape lists modules in dependency order, whatever order their activations finished in.
        var ids = host.Shapes.Current.Modules.Select(m => m.Id).ToList();
        Assert.True(ids.IndexOf("test.alpha") < ids.IndexOf("test.beta"), string.Join(", ", ids));
    }

    [Fact]
    public async Task A_module_whose_dependency_fails_to_activate_waits_while_the_others_join()
    {
        await using var host = await TestHost.StartAsync(
            _workspace, b => b.Services.AddSingleton<IModuleActivationStep>(new FailingStep("test.alpha")), "--Crm:Modules:EnablePluginsByDefault=true");

        Assert.Equal(["test.builtin", "test.json-twelve"], host.RunningModules.Order(StringComparer.Ordinal));
        Assert.Equal(ModuleState.Faulted, (await host.StatusAsync("test.alpha")).State);
        var beta = await host.StatusAsync("test.beta");
        Assert.Equal(ModuleState.Enabled, beta.State);
        Assert.StartsWith("waiting for", beta.Note, StringComparison.Ordinal);
        Assert.Contains("test.alpha", beta.Note, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Holds each of two modules in its activation until the other has entered its own (or time runs out).</summary>
    private sealed class RendezvousStep(string first, string second) : IModuleActivationStep
    {
        private readonly TaskCompletionSource _firstEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _secondEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _met;

        public ConcurrentQueue<string> Events { get; } = new();

        public bool MetEachOther => Volatile.Read(ref _met) == 2;

        public int Order => 0;

        public async Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken)
        {
            if (!module.Id.StartsWith("test.", StringComparison.Ordinal))
            {
                return;
            }

            Events.Enqueue($"start:{module.Id}");
            var (mine, theirs) = module.Id == first ? (_firstEntered, _secondEntered)
                : module.Id == second ? (_secondEntered, _firstEntered)
                : (null, null);
            if (mine is not null)
            {
                mine.TrySetResult();
                try
                {
                    await theirs!.Task.WaitAsync(Patience, cancellationToken);
                    Interlocked.Increment(ref _met);
                }
                catch (TimeoutException)
                {
                    Events.Enqueue($"gave up waiting:{module.Id}");
                }
            }

            Events.Enqueue($"end:{module.Id}");
        }
    }

    private sealed class FailingStep(string failFor) : IModuleActivationStep
    {
        public int Order => 0;

        public Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken) =>
            module.Id == failFor ? throw new InvalidOperationException("its tables are locked") : Task.CompletedTask;
    }
}

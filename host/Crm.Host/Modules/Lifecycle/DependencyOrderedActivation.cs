using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Loading;
using Crm.Host.Modules.Shapes;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Activates the modules of a plan concurrently: each one starts, on the thread pool, as soon as every dependency
/// it has is active, so independent modules (the built-ins, most plugins) build their scopes, load and check
/// their tables side by side instead of one after another. A module whose dependency could not join waits,
/// as before. Outcomes come back in plan order (dependencies first), whatever order the work finished in.
/// </summary>
internal static class DependencyOrderedActivation
{
    /// <param name="plan">The modules to run, dependencies first (<see cref="DesiredStates.Plan"/>).</param>
    /// <param name="running">The module's scope already in service, if it can be kept (no new activation).</param>
    /// <param name="activate">Builds a new scope for the module; throws <see cref="ModuleLoadException"/> when it cannot.</param>
    public static async Task<IReadOnlyList<ActivationOutcome>> RunAsync(
        IReadOnlyList<CatalogEntry> plan,
        Func<CatalogEntry, ModuleScopeHandle?> running,
        Func<CatalogEntry, CancellationToken, Task<ModuleScopeHandle>> activate,
        CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, Task<ActivationOutcome>>(StringComparer.Ordinal);
        var ordered = new List<Task<ActivationOutcome>>(plan.Count);
        foreach (var entry in plan)
        {
            // The plan lists dependencies first, so every dependency's task exists by now.
            var dependencies = entry.Manifest!.Dependencies
                .Select(d => (d.ModuleId, Outcome: byId.GetValueOrDefault(d.ModuleId)))
                .ToList();
            var outcome = ActivateAfterDependenciesAsync(entry, dependencies, running, activate, cancellationToken);
            byId[entry.Key] = outcome;
            ordered.Add(outcome);
        }

        try
        {
            await Task.WhenAll(ordered);
        }
        catch
        {
            // Cancelled or a database outage: nothing joins, so the scopes built meanwhile must not leak.
            foreach (var task in ordered.Where(t => t.IsCompletedSuccessfully && t.Result.Created))
            {
                await task.Result.Handle!.Module.Scope.DisposeAsync();
            }

            throw;
        }

        return ordered.Select(t => t.Result).ToList();
    }

    private static async Task<ActivationOutcome> ActivateAfterDependenciesAsync(
        CatalogEntry entry,
        IReadOnlyList<(string ModuleId, Task<ActivationOutcome>? Outcome)> dependencies,
        Func<CatalogEntry, ModuleScopeHandle?> running,
        Func<CatalogEntry, CancellationToken, Task<ModuleScopeHandle>> activate,
        CancellationToken cancellationToken)
    {
        foreach (var (moduleId, dependency) in dependencies)
        {
            if (dependency is null || (await dependency).Handle is null)
            {
                return new ActivationOutcome(entry, null, Created: false, Fault: null, WaitingFor: moduleId);
            }
        }

        if (running(entry) is { } kept)
        {
            return new ActivationOutcome(entry, kept, Created: false, Fault: null, WaitingFor: null);
        }

        try
        {
            // Task.Run: a module's ConfigureServices and plugin loading are synchronous work that would otherwise
            // run on this thread before the first await, one module after another.
            var handle = await Task.Run(() => activate(entry, cancellationToken), cancellationToken);
            return new ActivationOutcome(entry, handle, Created: true, Fault: null, WaitingFor: null);
        }
        catch (ModuleLoadException exception)
        {
            return new ActivationOutcome(entry, null, Created: false, Fault: exception, WaitingFor: null);
        }
    }
}

/// <summary>What became of one module of a plan.</summary>
/// <param name="Entry">The module.</param>
/// <param name="Handle">Its scope when it joins (new or kept); null when it faulted or waits.</param>
/// <param name="Created">True when the scope is new (built by this convergence).</param>
/// <param name="Fault">Why it could not be activated.</param>
/// <param name="WaitingFor">The dependency that could not join, which this module waits for.</param>
internal sealed record ActivationOutcome(CatalogEntry Entry, ModuleScopeHandle? Handle, bool Created, ModuleLoadException? Fault, string? WaitingFor);

using Crm.Host.Modules.Shapes;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Runs every <see cref="IShapeFeatureBuilder"/> over the modules of a new shape. When a builder rejects
/// modules, they (and the modules depending on them) leave the shape and the features are built again,
/// until every builder accepts the remaining modules.
/// </summary>
internal sealed class ShapeFeatureComposer(IEnumerable<IShapeFeatureBuilder> builders, TimeProvider time, ILogger<ShapeFeatureComposer> logger)
{
    private readonly IReadOnlyList<IShapeFeatureBuilder> _builders = builders.ToList();

    public async Task<ComposedFeatures> ComposeAsync(
        IReadOnlyList<ModuleScopeHandle> candidates, CancellationToken cancellationToken)
    {
        var modules = candidates.ToList();
        var faults = new Dictionary<string, string>(StringComparer.Ordinal);
        var heldBack = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var features = new Dictionary<Type, object>();
            var roundFaults = new Dictionary<string, string>(StringComparer.Ordinal);
            var actives = modules.Select(m => m.Module).ToList();
            foreach (var builder in _builders)
            {
                var result = await BuildOneAsync(builder, actives, cancellationToken);
                foreach (var (id, reason) in result.Faults)
                {
                    roundFaults.TryAdd(id, reason);
                }

                if (result.Feature is not null)
                {
                    features[result.Feature.GetType()] = result.Feature;
                }
            }

            if (roundFaults.Count == 0)
            {
                return new ComposedFeatures(features, modules, faults, heldBack);
            }

            await using (new ShapeResources([], features.Values))
            {
                // Features of a rejected round are released at once; the next round builds them anew.
            }

            foreach (var (id, reason) in roundFaults)
            {
                faults.TryAdd(id, reason);
            }

            RemoveWithDependents(modules, faults, heldBack);
        }
    }

    private async Task<ShapeFeatureResult> BuildOneAsync(IShapeFeatureBuilder builder, IReadOnlyList<ActiveModule> modules, CancellationToken cancellationToken)
    {
        try
        {
            var started = time.GetTimestamp();
            var result = await builder.BuildAsync(modules, cancellationToken);
            logger.LogDebug("{Builder} built its feature for {Count} module(s) in {Elapsed:F1} ms", builder.GetType().Name, modules.Count, time.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A broken builder is a host bug, not a module's fault: keep the modules, go without the feature.
            logger.LogError(exception, "Shape feature builder {Builder} failed; the shape goes without its feature", builder.GetType().Name);
            return new ShapeFeatureResult(null, new Dictionary<string, string>());
        }
    }

    private static void RemoveWithDependents(List<ModuleScopeHandle> modules, Dictionary<string, string> faults, Dictionary<string, string> heldBack)
    {
        bool removed;
        do
        {
            removed = false;
            for (var i = modules.Count - 1; i >= 0; i--)
            {
                var module = modules[i].Module;
                if (faults.ContainsKey(module.Id))
                {
                    modules.RemoveAt(i);
                    removed = true;
                    continue;
                }

                var missing = module.Manifest.Dependencies.FirstOrDefault(d => faults.ContainsKey(d.ModuleId) || heldBack.ContainsKey(d.ModuleId));
                if (missing is not null)
                {
                    // Not the dependent's own fault: it stays asked-for and returns when the dependency does.
                    heldBack[module.Id] = $"waiting for '{missing.ModuleId}', which could not join the application";
                    modules.RemoveAt(i);
                    removed = true;
                }
            }
        }
        while (removed);
    }
}

/// <summary>The features of a new shape, the modules they accept, and the modules that had to leave.</summary>
/// <param name="Features">Feature objects by their type.</param>
/// <param name="Modules">The modules the shape keeps, in dependency order.</param>
/// <param name="Faults">Modules a builder rejected, with its reason.</param>
/// <param name="HeldBack">Modules that left because a dependency was rejected.</param>
internal sealed record ComposedFeatures(
    IReadOnlyDictionary<Type, object> Features,
    IReadOnlyList<ModuleScopeHandle> Modules,
    IReadOnlyDictionary<string, string> Faults,
    IReadOnlyDictionary<string, string> HeldBack);

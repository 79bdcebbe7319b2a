namespace Crm.Host.Modules;

/// <summary>
/// Builds one part of a new application shape from its enabled modules (the composed GraphQL schema, the
/// MediatR handler routing). Runs before the shape is swapped in, never during a request. A module whose
/// contribution cannot be built is reported in <see cref="ShapeFeatureResult.Faults"/>; the shape is then
/// rebuilt without it, and the module becomes Faulted with that reason.
/// </summary>
public interface IShapeFeatureBuilder
{
    /// <summary>Builds the feature for <paramref name="modules"/> (in dependency order).</summary>
    Task<ShapeFeatureResult> BuildAsync(IReadOnlyList<ActiveModule> modules, CancellationToken cancellationToken);
}

/// <summary>What a feature builder made, and which modules it could not take.</summary>
/// <param name="Feature">The object stored in the shape, found later with <c>ApplicationShape.GetFeature&lt;T&gt;()</c>; null when faults prevent it.</param>
/// <param name="Faults">Module id to a reason a person can act on.</param>
public sealed record ShapeFeatureResult(object? Feature, IReadOnlyDictionary<string, string> Faults)
{
    /// <summary>A feature built with every module.</summary>
    public static ShapeFeatureResult Success(object feature) => new(feature, new Dictionary<string, string>());
}

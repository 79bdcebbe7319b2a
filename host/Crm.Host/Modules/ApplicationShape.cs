namespace Crm.Host.Modules;

/// <summary>
/// The running application at one moment: the enabled modules with their scopes, and the features built from
/// them (composed schema, handler routing). Immutable: a module toggle builds a new shape and swaps it in
/// atomically; requests hold a lease on the shape they started with, and a replaced shape is disposed only
/// after its last lease is released.
/// </summary>
public sealed class ApplicationShape
{
    private readonly IReadOnlyDictionary<Type, object> _features;

    /// <summary>Creates a shape; only the module manager does this.</summary>
    public ApplicationShape(long generation, IReadOnlyList<ActiveModule> modules, IReadOnlyDictionary<Type, object> features)
    {
        Generation = generation;
        Modules = modules;
        _features = features;
    }

    /// <summary>Increases by one with every swap; handy in logs and to spot a stale cache.</summary>
    public long Generation { get; }

    /// <summary>The enabled modules, dependencies before dependents.</summary>
    public IReadOnlyList<ActiveModule> Modules { get; }

    /// <summary>The feature of type <typeparamref name="T"/> built for this shape, or null if none was.</summary>
    public T? GetFeature<T>()
        where T : class => _features.TryGetValue(typeof(T), out var feature) ? (T)feature : null;

    /// <summary>The enabled module with this id, or null.</summary>
    public ActiveModule? FindModule(string id) => Modules.FirstOrDefault(m => m.Id == id);
}

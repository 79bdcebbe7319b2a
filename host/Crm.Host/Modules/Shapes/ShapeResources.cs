namespace Crm.Host.Modules.Shapes;

/// <summary>
/// What a shape owns and gives back when it has drained: a hold on each of its module scopes (scopes are
/// shared by consecutive shapes while the module stays enabled) and the features built for it.
/// </summary>
internal sealed class ShapeResources(IReadOnlyList<ModuleScopeHandle> scopes, IReadOnlyCollection<object> features) : IAsyncDisposable
{
    public static ShapeResources None { get; } = new([], []);

    public async ValueTask DisposeAsync()
    {
        foreach (var feature in features)
        {
            switch (feature)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        // Dependents before dependencies, the reverse of the order they were built in.
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            await scopes[i].ReleaseAsync();
        }
    }
}

namespace Crm.Host.Modules;

/// <summary>Gives requests the current application shape, and tells listeners when it is replaced.</summary>
public interface IApplicationShapeAccessor
{
    /// <summary>The shape in service now.</summary>
    ApplicationShape Current { get; }

    /// <summary>
    /// Takes a lease on the current shape: until the lease is disposed, the shape's module scopes stay alive
    /// even if a toggle swaps in a new shape. Every request takes one and holds it to its end.
    /// </summary>
    ShapeLease Acquire();

    /// <summary>Raised after a new shape is in service (old shape, new shape).</summary>
    event EventHandler<ShapeSwappedEventArgs>? ShapeSwapped;
}

/// <summary>The shapes before and after a swap.</summary>
public sealed class ShapeSwappedEventArgs(ApplicationShape previous, ApplicationShape current) : EventArgs
{
    /// <summary>The shape that was in service.</summary>
    public ApplicationShape Previous { get; } = previous;

    /// <summary>The shape now in service.</summary>
    public ApplicationShape Current { get; } = current;
}

/// <summary>A hold on one shape; dispose it when the request ends.</summary>
public abstract class ShapeLease : IDisposable
{
    /// <summary>The shape this lease holds.</summary>
    public abstract ApplicationShape Shape { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives the hold back; called once.</summary>
    protected abstract void Release();
}

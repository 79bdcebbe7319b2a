using Crm.Host.Modules;

namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>
/// Stands in for the module manager (another helper's area) in the engine's tests: holds one shape, swaps it on
/// request and counts the leases still held, so tests can see that every request gives its lease back.
/// </summary>
internal sealed class TestShapeAccessor(ApplicationShape initial) : IApplicationShapeAccessor
{
    private ApplicationShape _current = initial;
    private int _openLeases;

    public event EventHandler<ShapeSwappedEventArgs>? ShapeSwapped;

    public ApplicationShape Current => Volatile.Read(ref _current);

    public int OpenLeases => Volatile.Read(ref _openLeases);

    public ShapeLease Acquire()
    {
        Interlocked.Increment(ref _openLeases);
        return new Lease(this, Current);
    }

    public void Swap(ApplicationShape next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        ShapeSwapped?.Invoke(this, new ShapeSwappedEventArgs(previous, next));
    }

    private sealed class Lease(TestShapeAccessor owner, ApplicationShape shape) : ShapeLease
    {
        public override ApplicationShape Shape => shape;

        protected override void Release() => Interlocked.Decrement(ref owner._openLeases);
    }
}

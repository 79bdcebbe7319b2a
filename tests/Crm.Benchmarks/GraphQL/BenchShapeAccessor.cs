using Crm.Host.Modules;

namespace Crm.Benchmarks.GraphQL;

/// <summary>One fixed shape, standing in for the module manager so the benchmark measures the engine alone.</summary>
internal sealed class BenchShapeAccessor(ApplicationShape shape) : IApplicationShapeAccessor
{
    public ApplicationShape Current => shape;

    public event EventHandler<ShapeSwappedEventArgs>? ShapeSwapped
    {
        add { }
        remove { }
    }

    public ShapeLease Acquire() => new Lease(shape);

    private sealed class Lease(ApplicationShape shape) : ShapeLease
    {
        public override ApplicationShape Shape => shape;

        protected override void Release()
        {
        }
    }
}

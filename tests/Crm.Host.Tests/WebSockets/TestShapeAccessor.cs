using Crm.Host.Modules;
using GraphQL.Types;

namespace Crm.Host.Tests.WebSockets;

/// <summary>
/// An <see cref="IApplicationShapeAccessor"/> whose shapes carry only a GraphQL schema, so a test can swap the
/// schema under a running connection the way a module toggle does.
/// </summary>
public sealed class TestShapeAccessor(ISchema initialSchema) : IApplicationShapeAccessor
{
    private ApplicationShape _current = Create(1, initialSchema);

    public ApplicationShape Current => Volatile.Read(ref _current);

    public event EventHandler<ShapeSwappedEventArgs>? ShapeSwapped;

    public ShapeLease Acquire() => new Lease(Current);

    public void Swap(ISchema schema)
    {
        var previous = Current;
        var next = Create(previous.Generation + 1, schema);
        Volatile.Write(ref _current, next);
        ShapeSwapped?.Invoke(this, new ShapeSwappedEventArgs(previous, next));
    }

    private static ApplicationShape Create(long generation, ISchema schema) =>
        new(generation, [], new Dictionary<Type, object> { [typeof(ISchema)] = schema });

    private sealed class Lease(ApplicationShape shape) : ShapeLease
    {
        public override ApplicationShape Shape => shape;

        protected override void Release()
        {
        }
    }
}

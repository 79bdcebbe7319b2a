using Microsoft.Extensions.Logging;

namespace Crm.Host.Modules.Shapes;

/// <summary>
/// Holds the shape in service and swaps it atomically. Each shape sits in a <see cref="ShapeSlot"/> whose
/// counter starts at one (the holder's own hold); a lease adds one, a swap gives the holder's hold back, and
/// whoever brings the counter to zero releases the shape's resources. Requests therefore always finish on the
/// shape they started with, and a replaced shape's scopes are disposed once its last request is done.
/// </summary>
internal sealed class ApplicationShapeHolder : IApplicationShapeAccessor
{
    private readonly ILogger<ApplicationShapeHolder> _logger;
    private volatile ShapeSlot _current;

    public ApplicationShapeHolder(ILogger<ApplicationShapeHolder> logger)
    {
        _logger = logger;
        _current = new ShapeSlot(new ApplicationShape(0, [], new Dictionary<Type, object>()), ShapeResources.None, logger);
    }

    public event EventHandler<ShapeSwappedEventArgs>? ShapeSwapped;

    public ApplicationShape Current => _current.Shape;

    public ShapeLease Acquire()
    {
        while (true)
        {
            var slot = _current;
            if (slot.TryAddHold())
            {
                return new SlotLease(slot);
            }

            // The slot was retired and drained between the read and the hold: the next read sees its successor.
        }
    }

    /// <summary>
    /// Puts <paramref name="shape"/> in service and returns a task that completes when the shape it replaced
    /// has drained and released its resources.
    /// </summary>
    public Task Swap(ApplicationShape shape, ShapeResources resources)
    {
        var next = new ShapeSlot(shape, resources, _logger);
        var previous = Interlocked.Exchange(ref _current, next);
        _logger.LogInformation("Application shape {Generation} in service with modules [{Modules}]",
            shape.Generation, string.Join(", ", shape.Modules.Select(m => m.Id)));
        ShapeSwapped?.Invoke(this, new ShapeSwappedEventArgs(previous.Shape, shape));
        previous.ReleaseHold();
        return previous.Drained;
    }

    /// <summary>Retires the current shape for shutdown, like a swap to an empty shape.</summary>
    public Task RetireAsync() => Swap(new ApplicationShape(Current.Generation + 1, [], new Dictionary<Type, object>()), ShapeResources.None);

    private sealed class SlotLease(ShapeSlot slot) : ShapeLease
    {
        private int _released;

        public override ApplicationShape Shape => slot.Shape;

        protected override void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slot.ReleaseHold();
            }
        }
    }
}

using Microsoft.Extensions.Logging;

namespace Crm.Host.Modules.Shapes;

/// <summary>One shape with its hold counter; see <see cref="ApplicationShapeHolder"/>.</summary>
internal sealed class ShapeSlot(ApplicationShape shape, ShapeResources resources, ILogger logger)
{
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holds = 1;

    public ApplicationShape Shape { get; } = shape;

    /// <summary>Completes when the last hold is gone and the resources are released.</summary>
    public Task Drained => _drained.Task;

    /// <summary>Adds a hold unless the slot already drained (then its resources are gone).</summary>
    public bool TryAddHold()
    {
        var holds = Volatile.Read(ref _holds);
        while (holds > 0)
        {
            var seen = Interlocked.CompareExchange(ref _holds, holds + 1, holds);
            if (seen == holds)
            {
                return true;
            }

            holds = seen;
        }

        return false;
    }

    public void ReleaseHold()
    {
        if (Interlocked.Decrement(ref _holds) == 0)
        {
            // Releasing on the thread pool keeps the last request's thread free of disposal work.
            _ = Task.Run(ReleaseResourcesAsync);
        }
    }

    private async Task ReleaseResourcesAsync()
    {
        try
        {
            await resources.DisposeAsync();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Releasing application shape {Generation} failed", Shape.Generation);
        }
        finally
        {
            _drained.TrySetResult();
        }
    }
}

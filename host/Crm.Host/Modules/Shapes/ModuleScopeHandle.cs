namespace Crm.Host.Modules.Shapes;

/// <summary>
/// Counts the shapes that use one module scope. A module that stays enabled across toggles of other modules
/// keeps its scope (no rebuild, no re-run of its activation steps); the scope is disposed when the last shape
/// holding it has drained.
/// </summary>
internal sealed class ModuleScopeHandle(ActiveModule module)
{
    private int _holds;

    public ActiveModule Module { get; } = module;

    /// <summary>Completes when the scope has been disposed.</summary>
    public Task Disposed => _disposed.Task;

    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ModuleScopeHandle AddHold()
    {
        Interlocked.Increment(ref _holds);
        return this;
    }

    public async ValueTask ReleaseAsync()
    {
        if (Interlocked.Decrement(ref _holds) == 0)
        {
            try
            {
                await Module.Scope.DisposeAsync();
            }
            finally
            {
                _disposed.TrySetResult();
            }
        }
    }
}

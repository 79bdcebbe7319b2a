namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Completes once the server listens (at once where no server runs: a test's container, an admin command).
/// Module background services wait for it, so a start-up's reminder sweep does not take a core from the
/// start-up itself: on the 2-core machine the Tasks module's first sweep and lease cost about 150 ms of CPU
/// while the other modules were still activating (docs/benchmarks.md, *Cold start*).
/// </summary>
internal sealed class HostStartedSignal
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HostStartedSignal(IEnumerable<IHostApplicationLifetime> lifetimes)
    {
        var lifetime = lifetimes.FirstOrDefault();
        if (lifetime is null)
        {
            _started.SetResult();
        }
        else
        {
            // Runs at once when the server has already started (a module enabled later).
            lifetime.ApplicationStarted.Register(() => _started.TrySetResult());
        }
    }

    public Task Started => _started.Task;
}

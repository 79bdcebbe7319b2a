using Crm.Host.Modules;
using Crm.Host.Modules.Lifecycle;

namespace Crm.Host.GraphQL.Admin;

/// <summary>
/// Puts an admin change into service from inside a GraphQL request. The request holds a lease on the shape it
/// started with, and a convergence that unloads a plugin waits until that shape drains: awaiting the convergence
/// here would wait for ourselves. So the convergence runs beside the request, and the request waits only until the
/// new shape is in service (or the convergence ends without a swap); unloading finishes after the response.
/// </summary>
internal sealed class ModuleChangeApplier(
    ModuleManager manager,
    IApplicationShapeAccessor shapes,
    IHostApplicationLifetime lifetime,
    ILogger<ModuleChangeApplier> logger)
{
    // Long enough for any module's migrations on a slow disk; the change is stored, so a later poll applies it anyway.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>Converges on the stored states; returns when the resulting shape serves new requests.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        var swapped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSwapped(object? sender, ShapeSwappedEventArgs e) => swapped.TrySetResult();
        shapes.ShapeSwapped += OnSwapped;
        try
        {
            // Not the request's token: a client that goes away must not leave the application half-converged.
            var converging = Task.Run(() => manager.ConvergeAsync(lifetime.ApplicationStopping), CancellationToken.None);
            _ = converging.ContinueWith(
                task => logger.LogError(task.Exception, "Converging after an admin change failed; the next poll retries"),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
            try
            {
                await Task.WhenAny(converging, swapped.Task).WaitAsync(MaxWait, cancellationToken);
            }
            catch (TimeoutException)
            {
                logger.LogWarning("An admin change was stored but not in service after {Wait}; a running convergence holds it back", MaxWait);
            }
        }
        finally
        {
            shapes.ShapeSwapped -= OnSwapped;
        }
    }
}

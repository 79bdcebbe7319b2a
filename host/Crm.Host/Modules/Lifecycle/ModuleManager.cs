using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Loading;
using Crm.Host.Modules.Shapes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Makes the running application match the catalog and the stored states: loads what must run, builds module
/// scopes, composes the features, swaps the new shape in, persists faults, and unloads plugins that are gone.
/// One convergence at a time; called at start-up, by the poller, and after in-process admin operations.
/// </summary>
internal sealed class ModuleManager : IAsyncDisposable
{
    private readonly ModuleCatalog _catalog;
    private readonly IModuleStateStore _store;
    private readonly ApplicationShapeHolder _shapes;
    private readonly ModuleScopeBuilder _scopeBuilder;
    private readonly ShapeFeatureComposer _composer;
    private readonly IPluginUnloadListener[] _unloadListeners;
    private readonly SharedAssemblyClosure _sharedAssemblies;
    private readonly ModulesOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ModuleManager> _logger;
    private static readonly TimeSpan ShutdownDrainTimeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _convergeLock = new(1, 1);

    // Guarded by _convergeLock; _pluginsByFolder also locks itself, as modules are activated concurrently.
    private readonly Dictionary<string, LoadedPlugin> _pluginsByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ModuleScopeHandle Handle, string Location)> _running = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _heldBack = new Dictionary<string, string>();
    private long _generation;
    private int _disposed;

    public ModuleManager(
        ModuleCatalog catalog,
        IModuleStateStore store,
        ApplicationShapeHolder shapes,
        ModuleScopeBuilder scopeBuilder,
        ShapeFeatureComposer composer,
        IEnumerable<IPluginUnloadListener> unloadListeners,
        SharedAssemblyClosure sharedAssemblies,
        IOptions<ModulesOptions> options,
        TimeProvider time,
        ILogger<ModuleManager> logger)
    {
        _catalog = catalog;
        _store = store;
        _shapes = shapes;
        _scopeBuilder = scopeBuilder;
        _composer = composer;
        _unloadListeners = unloadListeners.ToArray();
        _sharedAssemblies = sharedAssemblies;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>True once the first convergence finished: the start-up shape is in service.</summary>
    public bool IsStarted { get; private set; }

    /// <summary>
    /// Converges once. Returns true when a new shape went into service. Failures of single modules never
    /// escape: they leave the module Faulted.
    /// </summary>
    public async Task<bool> ConvergeAsync(CancellationToken cancellationToken)
    {
        await _convergeLock.WaitAsync(cancellationToken);
        try
        {
            var changed = await ConvergeLockedAsync(cancellationToken);
            IsStarted = true;
            return changed;
        }
        finally
        {
            _convergeLock.Release();
        }
    }

    /// <summary>
    /// Every module with its state as this process sees it: the stored state, plus why an enabled module is
    /// not in service here.
    /// </summary>
    public async Task<IReadOnlyList<ModuleStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var snapshot = await _catalog.ScanAsync(cancellationToken);
        var stored = await _store.ReadAllAsync(cancellationToken);
        var heldBack = _heldBack;
        return ModuleStatus.Report(snapshot, stored, _options)
            .Select(s => s.State == ModuleState.Enabled && s.Note is null && heldBack.TryGetValue(s.Key, out var why) ? s with { Note = why } : s)
            .ToList();
    }

    /// <summary>Takes every module out of service and unloads every plugin (host shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        // Both the hosted service (at stop) and the container (at dispose) call this; the first one does the work.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _convergeLock.WaitAsync();
        try
        {
            try
            {
                // Requests still running get a bounded time to finish before the plugins are unloaded under them.
                await _shapes.RetireAsync().WaitAsync(ShutdownDrainTimeout);
                await Task.WhenAll(_running.Values.Select(r => r.Handle.Disposed)).WaitAsync(ShutdownDrainTimeout);
            }
            catch (TimeoutException)
            {
                _logger.LogWarning("Requests still held the application shape after {Timeout}; unloading plugins anyway", ShutdownDrainTimeout);
            }

            _running.Clear();
            foreach (var folder in _pluginsByFolder.Keys.ToList())
            {
                Unload(folder);
            }
        }
        finally
        {
            _convergeLock.Release();
            _convergeLock.Dispose();
        }
    }

    private async Task<bool> ConvergeLockedAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var snapshot = await _catalog.ScanAsync(cancellationToken);
        var stored = await _store.ReadAllAsync(cancellationToken);
        var faults = CatalogFaultsToPersist(snapshot, stored);
        var (plan, heldBack) = DesiredStates.Plan(snapshot, stored, _options);
        var heldBackNow = new Dictionary<string, string>(heldBack, StringComparer.Ordinal);

        var candidates = new List<ModuleScopeHandle>();
        var created = new List<ModuleScopeHandle>();
        var outcomes = await DependencyOrderedActivation.RunAsync(
            plan,
            entry => _running.TryGetValue(entry.Key, out var running) && running.Location == entry.Location ? running.Handle : null,
            ActivateAsync,
            cancellationToken);
        foreach (var outcome in outcomes)
        {
            if (outcome.WaitingFor is { } dependency)
            {
                heldBackNow[outcome.Entry.Key] = $"waiting for '{dependency}', which could not join the application";
            }
            else if (outcome.Fault is { } exception)
            {
                _logger.LogError(exception, "Module {ModuleId} faulted: {Reason}", outcome.Entry.Key, exception.Message);
                faults[outcome.Entry.Key] = exception.Message;
            }
            else
            {
                candidates.Add(outcome.Handle!);
                if (outcome.Created)
                {
                    created.Add(outcome.Handle!);
                }
            }
        }

        var unchanged = created.Count == 0 && candidates.Count == _running.Count;
        var removedPlugins = _pluginsByFolder.Keys.Where(f => !snapshot.Entries.Any(e => e.Fault is null && e.Plugin?.Folder == f)).ToList();
        if (unchanged && removedPlugins.Count == 0)
        {
            _heldBack = heldBackNow;
            await PersistFaultsAsync(faults, cancellationToken);
            return false;
        }

        var activated = _time.GetTimestamp();
        var composed = await _composer.ComposeAsync(candidates, cancellationToken);
        foreach (var (id, reason) in composed.Faults)
        {
            _logger.LogError("Module {ModuleId} faulted while composing the application: {Reason}", id, reason);
            faults[id] = reason;
        }

        foreach (var (id, reason) in composed.HeldBack)
        {
            heldBackNow[id] = reason;
        }

        foreach (var rejected in created.Where(c => !composed.Modules.Contains(c)))
        {
            await rejected.Module.Scope.DisposeAsync();
        }

        var featuresBuilt = _time.GetTimestamp();
        await SwapAsync(snapshot, composed, removedPlugins, cancellationToken);
        _heldBack = heldBackNow;
        await PersistFaultsAsync(faults, cancellationToken);
        _logger.LogDebug(
            "Shape {Generation} in service after {Elapsed:F1} ms: scan, states and activation {Activation:F1} ms, features {Features:F1} ms",
            _generation,
            _time.GetElapsedTime(started).TotalMilliseconds,
            _time.GetElapsedTime(started, activated).TotalMilliseconds,
            _time.GetElapsedTime(activated, featuresBuilt).TotalMilliseconds);
        return true;
    }

    private async Task SwapAsync(CatalogSnapshot snapshot, ComposedFeatures composed, List<string> removedPlugins, CancellationToken cancellationToken)
    {
        var handles = composed.Modules.Select(m => m.AddHold()).ToList();
        var shape = new ApplicationShape(++_generation, handles.Select(h => h.Module).ToList(), composed.Features);
        var leaving = _running.Where(r => !handles.Contains(r.Value.Handle)).Select(r => r.Value.Handle).ToList();
        var drained = _shapes.Swap(shape, new ShapeResources(handles, composed.Features.Values.ToList()));

        _running.Clear();
        foreach (var handle in handles)
        {
            _running[handle.Module.Id] = (handle, snapshot.Find(handle.Module.Id)!.Location);
        }

        if (removedPlugins.Count > 0)
        {
            // Unloading waits for requests still running on the old shape and for the scopes they kept alive.
            await drained.WaitAsync(cancellationToken);
            await Task.WhenAll(leaving.Select(h => h.Disposed)).WaitAsync(cancellationToken);
            foreach (var folder in removedPlugins)
            {
                Unload(folder);
            }
        }
    }

    private async Task<ModuleScopeHandle> ActivateAsync(CatalogEntry entry, CancellationToken cancellationToken)
    {
        if (entry.BuiltInModule is { } builtIn)
        {
            return await _scopeBuilder.BuildAsync(entry, builtIn, plugin: null, cancellationToken);
        }

        var folder = entry.Plugin!.Folder;
        LoadedPlugin? plugin;
        lock (_pluginsByFolder)
        {
            _pluginsByFolder.TryGetValue(folder, out plugin);
        }

        if (plugin is null)
        {
            try
            {
                plugin = LoadedPlugin.Load(entry, _sharedAssemblies.Names);
            }
            catch (Exception exception)
            {
                throw ModuleActivator.Describe(exception, $"loading plugin '{entry.Key}'", $"plugins/{Path.GetFileName(folder)}");
            }

            lock (_pluginsByFolder)
            {
                // One folder is one catalog entry, so no other activation loads it meanwhile.
                _pluginsByFolder[folder] = plugin;
            }
        }

        return await _scopeBuilder.BuildAsync(entry, plugin.Module, plugin, cancellationToken);
    }

    private void Unload(string folder)
    {
        var plugin = _pluginsByFolder[folder];
        _pluginsByFolder.Remove(folder);
        foreach (var listener in _unloadListeners)
        {
            listener.OnUnloading(plugin.LoadContext);
        }

        plugin.Dispose();
        _logger.LogInformation("Plugin {ModuleId} from {Folder} unloaded", plugin.Module.Manifest.Id, folder);
    }

    private Dictionary<string, string> CatalogFaultsToPersist(CatalogSnapshot snapshot, IReadOnlyDictionary<string, StoredModuleState> stored) =>
        snapshot.Entries
            .Where(e => e.Fault is not null && e.Manifest is not null && e.Key == e.Manifest.Id)
            .Where(e => stored.GetValueOrDefault(e.Key) is not { State: ModuleState.Faulted } s || s.LastError != e.Fault)
            .ToDictionary(e => e.Key, e => e.Fault!, StringComparer.Ordinal);

    private async Task PersistFaultsAsync(Dictionary<string, string> faults, CancellationToken cancellationToken)
    {
        if (faults.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        await _store.WriteAsync(faults.Select(f => new StoredModuleState(f.Key, ModuleState.Faulted, f.Value, now)).ToList(), cancellationToken);
    }
}

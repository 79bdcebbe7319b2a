using BenchmarkDotNet.Attributes;

namespace Crm.Benchmarks.Platform;

/// <summary>
/// One toggle from the admin command to the new shape in service: rule checks, state file write, catalog
/// scan, module scope, activation steps, feature builders, swap (goal: under 50 ms).
/// </summary>
[ShortRunJob]
public class ModuleToggleBenchmarks
{
    private BenchmarkHost _host = null!;
    private bool _enabled;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BenchmarkHost();
        _host.Manager.ConvergeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _enabled = true;
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task ToggleOneModule()
    {
        if (_enabled)
        {
            await _host.Administration.DisableAsync(BenchmarkModule.Id, cascade: false, CancellationToken.None);
        }
        else
        {
            await _host.Administration.EnableAsync(BenchmarkModule.Id, withDependencies: false, CancellationToken.None);
        }

        await _host.Manager.ConvergeAsync(CancellationToken.None);
        _enabled = !_enabled;
    }
}

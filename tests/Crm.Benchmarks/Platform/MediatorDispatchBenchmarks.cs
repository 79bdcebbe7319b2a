using BenchmarkDotNet.Attributes;
using MediatR;

namespace Crm.Benchmarks.Platform;

/// <summary>
/// What the shape-routed mediator costs over calling the handler directly (goal: under 2 µs), for a handler resolved
/// from its module's scope and for one whose scoped dependency needs a child scope per message.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MediatorDispatchBenchmarks
{
    private readonly EchoHandler _handler = new();
    private readonly EchoRequest _request = new(42);
    private readonly ScopedEchoRequest _scopedRequest = new(42);
    private BenchmarkHost _host = null!;
    private IMediator _mediator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BenchmarkHost();
        _host.Manager.ConvergeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _mediator = _host.Mediator;
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<int> DirectCall() => _handler.Handle(_request, CancellationToken.None);

    [Benchmark]
    public Task<int> ThroughShapeRoutedMediator() => _mediator.Send(_request);

    [Benchmark]
    public Task<int> ThroughShapeRoutedMediatorWithScopedDependency() => _mediator.Send(_scopedRequest);
}

using System.Buffers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Crm.Host.GraphQL;
using Crm.Host.GraphQL.Execution;
using GraphQL;

namespace Crm.Benchmarks.Http;

/// <summary>
/// Where the load test's time goes per request, in-process and without HTTP: executing the query (with the
/// document cache) with GraphQL.NET's own executer and with the host's (<see cref="CrmDocumentExecuter"/>: leaf fast
/// path, fields collected once per request, settled validation), writing its result with GraphQL.NET's converter and
/// with the transport's direct writer (GraphQL.NET's result and the host's), and the floor's serialization.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class GraphQLResponsePathBenchmarks
{
    private const string Query = "query Customers { customers(first: 20) { id name email city revenue } }";
    private static readonly JsonSerializerOptions FloorJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly LoadCatalog _catalog = new();
    private readonly IGraphQLTextSerializer _serializer = GraphQLJson.CreateSerializer(exposeExceptionDetails: false);
    private readonly GraphQLResponseSerializer _transportSerializer = GraphQLJson.CreateSerializer(exposeExceptionDetails: false);
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private LoadExecutor _executor = null!;
    private LoadExecutor _hostExecutor = null!;
    private ExecutionResult _result = null!;
    private ExecutionResult _hostResult = null!;
    private GraphQLRequestContext _request = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var schema = new LoadSchema(_catalog);
        schema.Initialize();
        _executor = new LoadExecutor(schema);
        _hostExecutor = new LoadExecutor(schema, new CrmDocumentExecuter([]));
        _request = new GraphQLRequestContext(Query, "Customers", null, null, new ClaimsPrincipal(), new EmptyServices());
        _result = await _executor.ExecuteAsync(_request, CancellationToken.None);
        _hostResult = await _hostExecutor.ExecuteAsync(_request, CancellationToken.None);
    }

    [Benchmark]
    public Task<ExecutionResult> Execute() => _executor.ExecuteAsync(_request, CancellationToken.None);

    [Benchmark]
    public Task<ExecutionResult> ExecuteWithHostExecuter() => _hostExecutor.ExecuteAsync(_request, CancellationToken.None);

    [Benchmark]
    public void WriteResultDirectly()
    {
        _buffer.ResetWrittenCount();
        _transportSerializer.Write(_buffer, _result);
    }

    // The host's result holds flat rows (LeafRowExecutionNode) where GraphQL.NET's holds a node per field.
    [Benchmark]
    public void WriteHostResultDirectly()
    {
        _buffer.ResetWrittenCount();
        _transportSerializer.Write(_buffer, _hostResult);
    }

    [Benchmark]
    public Task WriteResult() => _serializer.WriteAsync(Stream.Null, _result, CancellationToken.None);

    [Benchmark(Baseline = true)]
    public Task WriteFloor() => JsonSerializer.SerializeAsync(Stream.Null, new { data = new { customers = _catalog.Customers.Take(20) } }, FloorJson);

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

using System.Security.Claims;
using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Host.GraphQL;
using Crm.Host.GraphQL.Composition;
using Crm.Host.GraphQL.Execution;
using Crm.Host.Modules;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Crm.Benchmarks.GraphQL;

/// <summary>
/// A CRM-shaped query (fragments, variables, three levels of lists: 100 customers x 20 interactions x 3
/// participants) through the real executor, serialized to JSON, with the document cache (repeat) and without it.
/// The same document runs through graphql-js in peers/graphql-js-bench.mjs for the ratio in docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GraphQLExecutionBenchmarks
{
    public const string Query = """
        query Crm($first: Int!, $kinds: [String!]) {
          customers(first: $first) {
            totalCount
            edges { cursor node { ...CustomerCard interactions(kinds: $kinds) { ...InteractionRow participants { name role } } } }
          }
        }
        fragment CustomerCard on Customer { id name email status createdAt }
        fragment InteractionRow on Interaction { id kind subject happenedAt }
        """;

    /// <summary>A typical screen's request: where execution is small, parsing and validation dominate.</summary>
    public const string SmallQuery = """
        query Card($first: Int!) {
          customers(first: $first) { totalCount edges { cursor node { ...CustomerCard } } pageInfo { hasNextPage endCursor } }
        }
        fragment CustomerCard on Customer { id name email status createdAt }
        """;

    private Inputs _smallVariables = null!;
    private ServiceProvider _services = null!;
    private IGraphQLRequestExecutor _executor = null!;
    private DocumentCache _cache = null!;
    private GraphQLSerializer _serializer = null!;
    private Inputs _variables = null!;

    [GlobalSetup]
    public void Setup()
    {
        var module = new BenchCrmModule(new BenchData(100, 20));
        var root = new ContainerBuilder().Build();
        var active = new ActiveModule(module, root.BeginLifetimeScope(module.ConfigureServices), IsPlugin: false);
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" });
        services.AddCrmGraphQL(new ConfigurationBuilder().Build());
        services.Configure<GraphQLLimitsOptions>(limits =>
        {
            limits.MaxPageSize = 100;
            limits.MaxCost = 100_000;
        });
        var composed = new ServiceCollection().AddLogging()
            .AddSingleton<SchemaAssembler>().AddSingleton<SchemaComposer>().AddSingleton<IFieldAuthorizer, ClaimsFieldAuthorizer>()
            .BuildServiceProvider().GetRequiredService<SchemaComposer>().Compose([active], CancellationToken.None);
        var shape = new ApplicationShape(1, [active], new Dictionary<Type, object> { [typeof(ComposedSchema)] = composed.Schema });
        services.AddSingleton<IApplicationShapeAccessor>(new BenchShapeAccessor(shape));
        _services = services.BuildServiceProvider();
        _executor = _services.GetRequiredService<IGraphQLRequestExecutor>();
        _cache = _services.GetRequiredService<DocumentCache>();
        _serializer = _services.GetRequiredService<GraphQLSerializer>();
        _variables = _serializer.Deserialize<Inputs>("""{"first": 100, "kinds": ["CALL", "MEETING", "EMAIL"]}""")!;

        _smallVariables = _serializer.Deserialize<Inputs>("""{"first": 1}""")!;

        // A benchmark of an error response would measure nothing useful.
        var check = _executor.ExecuteAsync(Request(Query, _variables), CancellationToken.None).GetAwaiter().GetResult();
        if (check.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The benchmark query fails: " + errors[0].Message);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, Description = "uncached: parse + validate + execute + JSON")]
    public async Task<long> Uncached()
    {
        _cache.Clear();
        return await RunAsync();
    }

    [Benchmark(Description = "cached: execute + JSON")]
    public Task<long> Cached() => RunAsync();

    [Benchmark(Description = "uncached, small: one customer card")]
    public async Task<long> UncachedSmall()
    {
        _cache.Clear();
        return await RunSmallAsync();
    }

    [Benchmark(Description = "cached, small: one customer card")]
    public Task<long> CachedSmall() => RunSmallAsync();

    private async Task<long> RunSmallAsync()
    {
        var result = await _executor.ExecuteAsync(Request(SmallQuery, _smallVariables), CancellationToken.None);
        using var stream = new MemoryStream();
        await _serializer.WriteAsync(stream, result);
        return stream.Length;
    }

    private async Task<long> RunAsync()
    {
        var result = await _executor.ExecuteAsync(Request(Query, _variables), CancellationToken.None);
        using var stream = new MemoryStream();
        await _serializer.WriteAsync(stream, result);
        return stream.Length;
    }

    private GraphQLRequestContext Request(string query, Inputs? variables) =>
        new(query, null, variables, null, new ClaimsPrincipal(new ClaimsIdentity()), _services);
}

using System.Security.Claims;
using Autofac;
using Crm.Host.GraphQL;
using Crm.Host.GraphQL.Composition;
using Crm.Host.GraphQL.Execution;
using Crm.Host.Modules;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>
/// The GraphQL engine as the host wires it (the real service registrations, composition and executor), with the
/// given modules in their own Autofac scopes and <see cref="TestShapeAccessor"/> in place of the module manager.
/// </summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly IContainer _root;
    private readonly ServiceProvider _services;
    private long _generation;

    private GraphQLTestHost(IContainer root, ServiceProvider services, TestShapeAccessor shapes)
    {
        _root = root;
        _services = services;
        Shapes = shapes;
    }

    public TestShapeAccessor Shapes { get; }

    public IServiceProvider Services => _services;

    public IGraphQLRequestExecutor Executor => _services.GetRequiredService<IGraphQLRequestExecutor>();

    public GraphQLSerializer Serializer => _services.GetRequiredService<GraphQLSerializer>();

    public ComposedSchema Schema => Shapes.Current.GetFeature<ComposedSchema>()!;

    /// <summary>The faults of the last composition.</summary>
    public IReadOnlyDictionary<string, string> Faults { get; private set; } = new Dictionary<string, string>();

    public static async Task<GraphQLTestHost> StartAsync(
        IReadOnlyList<ICrmModule> modules,
        Action<GraphQLLimitsOptions>? limits = null,
        string environment = "Production")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ApplicationName = "Crm.Host.Tests" });
        services.AddCrmGraphQL(new ConfigurationBuilder().Build());
        services.Configure<GraphQLLimitsOptions>(options =>
        {
            options.AllowIntrospection = true;
            limits?.Invoke(options);
        });
        var shapes = new TestShapeAccessor(new ApplicationShape(0, [], new Dictionary<Type, object>()));
        services.AddSingleton<IApplicationShapeAccessor>(shapes);
        var host = new GraphQLTestHost(new ContainerBuilder().Build(), services.BuildServiceProvider(validateScopes: true), shapes);
        await host.ApplyAsync(modules);
        return host;
    }

    /// <summary>Composes a shape from <paramref name="modules"/> as the module manager would, and swaps it in.</summary>
    public async Task<ApplicationShape> ApplyAsync(IReadOnlyList<ICrmModule> modules)
    {
        var active = modules.Select(module => new ActiveModule(module, _root.BeginLifetimeScope(module.ConfigureServices), IsPlugin: false)).ToList();
        var result = await _services.GetRequiredService<IShapeFeatureBuilder>().BuildAsync(active, CancellationToken.None);
        Faults = result.Faults;
        var shape = new ApplicationShape(
            Interlocked.Increment(ref _generation),
            active.Where(module => !result.Faults.ContainsKey(module.Id)).ToList(),
            new Dictionary<Type, object> { [typeof(ComposedSchema)] = result.Feature! });
        Shapes.Swap(shape);
        return shape;
    }

    public Task<ExecutionResult> ExecuteAsync(
        string query,
        string? variables = null,
        string? operationName = null,
        ClaimsPrincipal? user = null,
        AllowedOperations allowed = AllowedOperations.All,
        CancellationToken cancellationToken = default) =>
        Executor.ExecuteAsync(
            new GraphQLRequestContext(
                query,
                operationName,
                variables is null ? null : Serializer.Deserialize<Inputs>(variables),
                null,
                user ?? new ClaimsPrincipal(new ClaimsIdentity()),
                _services,
                allowed),
            cancellationToken);

    /// <summary>Runs the request and returns the response JSON the transport would write.</summary>
    public async Task<string> ExecuteJsonAsync(string query, string? variables = null, string? operationName = null, ClaimsPrincipal? user = null)
    {
        var result = await ExecuteAsync(query, variables, operationName, user);
        return Serializer.Serialize(result);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var module in Shapes.Current.Modules)
        {
            await module.Scope.DisposeAsync();
        }

        await _services.DisposeAsync();
        await _root.DisposeAsync();
    }
}

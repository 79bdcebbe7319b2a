using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Host.GraphQL.Composition;
using Crm.Host.GraphQL.Execution;
using Crm.Host.Modules;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.Modules;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Benchmarks.GraphQL;

/// <summary>
/// Composing one schema from 10 modules (each: 3 object types with 8 fields, an enum, a filterable connection, a
/// mutation, and 2 fields added to another module's type by name), built, validated, initialized and wired, as at a
/// module toggle. Goal: under 100 ms.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SchemaCompositionBenchmarks
{
    private SchemaComposer _composer = null!;
    private List<ActiveModule> _modules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _composer = new ServiceCollection().AddLogging()
            .AddSingleton<SchemaAssembler>().AddSingleton<SchemaComposer>().AddSingleton<IFieldAuthorizer, ClaimsFieldAuthorizer>()
            .BuildServiceProvider().GetRequiredService<SchemaComposer>();
        var root = new ContainerBuilder().Build();
        _modules = [.. Enumerable.Range(0, 10).Select(i => new ActiveModule(new GeneratedModule(i), root.BeginLifetimeScope(), IsPlugin: false))];
    }

    [Benchmark(Description = "compose 10 modules")]
    public ComposedSchema Compose()
    {
        var result = _composer.Compose(_modules, CancellationToken.None);
        return result.Faults.Count == 0 ? result.Schema : throw new InvalidOperationException(string.Join("; ", result.Faults.Values));
    }

    private sealed class GeneratedModule(int index) : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new($"bench.module{index}", $"Module {index}", new SemanticVersion(1, 0, 0));

        public void ConfigureServices(ContainerBuilder builder)
        {
        }

        public void ConfigureSchema(ISchemaBuilder schema)
        {
            var types = Enumerable.Range(0, 3).Select(t => Entity($"M{index}Entity{t}")).ToList();
            foreach (var type in types)
            {
                schema.AddType(type);
            }

            var status = new EnumerationGraphType { Name = $"M{index}Status" };
            status.Add("OPEN", 0);
            status.Add("CLOSED", 1);
            schema.AddType(status);
            schema.Query.Field<StringGraphType>($"module{index}Name").Resolve(_ => $"Module {index}");
            schema.Query.Field(types[0].Name[..1].ToLowerInvariant() + types[0].Name[1..], types[0]).Resolve(_ => null);
            schema.Query.Connection<BenchCustomerType, BenchCustomer>($"module{index}Customers").Filterable().Sortable()
                .Resolve(_ => Array.Empty<BenchCustomer>().AsQueryable());
            schema.Mutation.Field<StringGraphType>($"module{index}Touch").Argument<NonNullGraphType<IdGraphType>>("id").Resolve(_ => "ok");
            var target = $"M{(index + 9) % 10}Entity0";
            var extension = schema.Extend<object>(target);
            extension.Field<IntGraphType>($"fromModule{index}Count").Resolve(_ => 1);
            extension.Field<StringGraphType>($"fromModule{index}Label").Resolve(_ => "x");
        }

        private static ObjectGraphType Entity(string name)
        {
            var type = new ObjectGraphType { Name = name };
            for (var f = 0; f < 8; f++)
            {
                type.Field<StringGraphType>($"field{f}");
            }

            return type;
        }
    }
}

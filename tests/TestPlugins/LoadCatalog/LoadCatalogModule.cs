using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using TestPlugins.LoadCatalog;

[assembly: CrmModule(typeof(LoadCatalogModule))]

namespace TestPlugins.LoadCatalog;

/// <summary>
/// Serves the load test's query through the real module platform and executor. The rows are the ones the
/// benchmark's minimal-API floor writes (Crm.Benchmarks/Http/LoadCatalog.cs); load.sh checks both answers are
/// byte for byte the same before it measures.
/// </summary>
public sealed class LoadCatalogModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.loadcatalog", "Test plugin Load catalog", new SemanticVersion(1, 0, 0));

    /// <summary>The permission the load test's query needs, so the permission check is on the measured path.</summary>
    public const string ReadPermission = "loadcatalog.read";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } = [new(ReadPermission, "Read the load test's catalog.")];

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterInstance(new CustomerRows(50));

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.AddType<CustomerRowType>();
        // Not "customers": crm.customers owns that root field.
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerRowType>>>>("loadCustomers")
            .Description("The first rows of the in-memory catalog.")
            .Argument<IntGraphType>("first")
            .RequirePermission(ReadPermission)
            .Resolve(ctx => ((CustomerRows)ctx.RequestServices!.GetService(typeof(CustomerRows))!).Rows.Take(ctx.GetArgument("first", 20)));
    }
}

/// <summary>One customer row.</summary>
public sealed record CustomerRow(string Id, string Name, string Email, string City, decimal Revenue);

/// <summary>The catalog: the same formula as the benchmark floor's.</summary>
public sealed class CustomerRows(int count)
{
    private static readonly string[] Cities = ["Москва", "Berlin", "Lisboa", "Kraków", "Toronto"];

    public IReadOnlyList<CustomerRow> Rows { get; } = Enumerable.Range(1, count)
        .Select(i => new CustomerRow($"Q3VzdG9tZXI6{i}", $"Клиент {i}", $"customer{i}@example.test", Cities[i % Cities.Length], 1000m + (i * 37.5m)))
        .ToArray();
}

/// <summary>
/// The GraphQL type of <see cref="CustomerRow"/>. Its fields only read the row, so they are marked as needing no
/// services, as the built-in modules mark theirs: the host then runs them without a module scope.
/// </summary>
public sealed class CustomerRowType : ObjectGraphType<CustomerRow>
{
    public CustomerRowType()
    {
        Name = "CustomerRow";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("city").Resolve(c => c.Source.City).ResolvesWithoutServices();
        Field<NonNullGraphType<DecimalGraphType>>("revenue").Resolve(c => c.Source.Revenue).ResolvesWithoutServices();
    }
}

using Crm.Host.GraphQL.Composition;
using Crm.Host.Tests.Support;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.Host.Tests.GraphQL.Composition;

/// <summary>
/// The schema is composed again on every module toggle, and a field declared with an expression on GraphQL.NET's
/// own <c>ObjectGraphType&lt;T&gt;</c> compiles that expression each time (half a toggle's time, docs/benchmarks.md).
/// This keeps every object type of the host and the built-in modules on <c>CrmObjectGraphType&lt;T&gt;</c>.
/// </summary>
public sealed class ComposedSchemaResolverTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task No_field_of_the_composed_CRM_schema_compiles_an_expression_and_property_fields_read_their_getter()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        using var lease = host.Shapes.Acquire();
        var schema = lease.Shape.GetFeature<ComposedSchema>()!.Schema;
        var fields = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (Name: $"{type.Name}.{field.Name}", Resolver: field.Resolver?.GetType())))
            .ToList();

        Assert.Empty(fields.Where(field => IsGeneric(field.Resolver, typeof(ExpressionFieldResolver<,>))).Select(field => field.Name));
        var propertyReads = fields.Where(field => field.Resolver is { IsGenericType: true } type && type.GetGenericTypeDefinition().Name == "PropertyRead`2").ToList();
        Assert.Contains(propertyReads, field => field.Name == "Customer.name");
        Assert.Contains(propertyReads, field => field.Name == "Opportunity.title");
    }

    public void Dispose() => _workspace.Dispose();

    private static bool IsGeneric(Type? type, Type definition) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == definition;
}

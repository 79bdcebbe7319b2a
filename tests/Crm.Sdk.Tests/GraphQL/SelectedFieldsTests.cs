using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using static Crm.Sdk.Tests.GraphQL.Connections.ConnectionBuilderTests;

namespace Crm.Sdk.Tests.GraphQL;

/// <summary>What a connection's resolver learns of the fields its items show: nodes, edges { node }, fragments.</summary>
public sealed class SelectedFieldsTests
{
    [Theory]
    [InlineData("{ people(first: 1) { nodes { name } } }", "name")]
    [InlineData("{ people(first: 1) { edges { cursor node { age } } totalCount } }", "age")]
    [InlineData("{ people(first: 1) { nodes { ...Who } edges { node { ... on Person { nickname } } } } } fragment Who on Person { name age }", "age,name,nickname")]
    [InlineData("{ people(first: 1) { totalCount } }", "")]
    public async Task A_connection_sees_the_fields_of_its_items_through_nodes_edges_and_fragments(string query, string expected)
    {
        IReadOnlySet<string>? seen = null;
        var runner = new SdkSchemaRunner(root => root.Connection<PersonType, Person>("people").Resolve(ctx =>
        {
            seen = SelectedFields.OfConnectionNodes(ctx);
            return Array.Empty<Person>().AsQueryable();
        }));

        var answer = await runner.RunAsync(query);

        Assert.DoesNotContain("\"errors\"", answer, StringComparison.Ordinal);
        Assert.Equal(expected, string.Join(',', seen!.Order(StringComparer.Ordinal)));
    }
}

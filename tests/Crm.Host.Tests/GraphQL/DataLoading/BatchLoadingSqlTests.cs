using System.Text.Json;
using Crm.Host.Tests.GraphQL.Support;

namespace Crm.Host.Tests.GraphQL.DataLoading;

/// <summary>
/// Counts the SQL statements EF Core sends (real SQLite files, one per module) for a page of customers with fields
/// that three other modules add: the count must not grow with the page size.
/// </summary>
public sealed class BatchLoadingSqlTests(CrmGraphQLFixture fixture) : IClassFixture<CrmGraphQLFixture>
{
    private const string Query = """
        query Page($n: Int!) {
          customers(first: $n) {
            nodes {
              name
              lastInteraction { subject happenedAt }
              openTickets { title }
              manager { name }
            }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_50_customers_with_last_interaction_open_tickets_and_manager_costs_four_statements()
    {
        var statements = fixture.Database.Statements;

        statements.Reset();
        var json = await fixture.Host.ExecuteJsonAsync(Query, """{"n": 50}""");
        var forFifty = statements.Count;

        statements.Reset();
        await fixture.Host.ExecuteJsonAsync(Query, """{"n": 5}""");
        var forFive = statements.Count;

        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), json);
        var nodes = document.RootElement.GetProperty("data").GetProperty("customers").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), node =>
        {
            Assert.Equal(JsonValueKind.Object, node.GetProperty("lastInteraction").ValueKind);
            Assert.Equal(JsonValueKind.Object, node.GetProperty("manager").ValueKind);
        });
        Assert.Equal("Contact 2 with customer 1", nodes[0].GetProperty("lastInteraction").GetProperty("subject").GetString());
        Assert.Equal(1, nodes[1].GetProperty("openTickets").GetArrayLength());

        // One statement for the page, one per extending module's batch: customers, interactions, tickets, managers.
        Assert.Equal(4, forFifty);
        Assert.Equal(forFive, forFifty);
    }

    [Fact]
    public async Task A_loader_asked_twice_for_the_same_key_in_one_request_fetches_once()
    {
        var statements = fixture.Database.Statements;
        statements.Reset();

        await fixture.Host.ExecuteJsonAsync("""
            { customers(first: 3) { nodes { a: lastInteraction { subject } b: lastInteraction { happenedAt } } } }
            """);

        Assert.Equal(2, statements.Count);
    }
}

using System.Text.Json;
using Crm.Host.Tests.GraphQL.Support;

namespace Crm.Host.Tests.GraphQL;

/// <summary>The SDK's connection, filter and ordering helpers translated by EF Core to SQLite (real file).</summary>
public sealed class SqlConnectionTests(CrmGraphQLFixture fixture) : IClassFixture<CrmGraphQLFixture>
{
    [Fact]
    public async Task Keyset_pages_with_a_filter_and_an_ordering_run_in_sql_and_visit_each_customer_once()
    {
        const string Query = """
            query Page($after: String) {
              customers(first: 4, after: $after,
                        filter: { status: { in: [ACTIVE, LOST] }, or: [{ email: { contains: "example" } }, { email: { isNull: true } }] },
                        orderBy: [{ field: CREATED_AT, direction: DESC }]) {
                totalCount
                nodes { name status createdAt }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var names = new List<string>();
        string? after = null;
        int total;
        do
        {
            var variables = after is null ? "{}" : $$"""{"after": "{{after}}"}""";
            using var page = JsonDocument.Parse(await fixture.Host.ExecuteJsonAsync(Query, variables));
            Assert.False(page.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
            var connection = page.RootElement.GetProperty("data").GetProperty("customers");
            total = connection.GetProperty("totalCount").GetInt32();
            names.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        // Seeded statuses cycle PROSPECT, ACTIVE, INACTIVE, LOST by i % 4, and creation dates grow with i.
        var expected = Enumerable.Range(1, 60).Where(i => i % 4 is 1 or 3).OrderByDescending(i => i)
            .Select(i => i % 7 == 0 ? $"ООО Ромашка {i:D3}" : $"Customer {i:D3}").ToList();
        Assert.Equal(expected, names);
        Assert.Equal(expected.Count, total);
    }

    [Fact]
    public async Task Paging_by_the_default_order_resumes_after_a_guid_tie_breaker()
    {
        using var first = JsonDocument.Parse(await fixture.Host.ExecuteJsonAsync("{ interactions(first: 5) { nodes { subject } pageInfo { endCursor } } }"));
        var cursor = first.RootElement.GetProperty("data").GetProperty("interactions").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        using var second = JsonDocument.Parse(await fixture.Host.ExecuteJsonAsync($"{{ interactions(first: 5, after: \"{cursor}\") {{ nodes {{ subject }} }} }}"));

        Assert.False(second.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var subjects = first.RootElement.GetProperty("data").GetProperty("interactions").GetProperty("nodes").EnumerateArray()
            .Concat(second.RootElement.GetProperty("data").GetProperty("interactions").GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["Contact 2 with customer 60", "Contact 1 with customer 60", "Contact 0 with customer 60", "Contact 2 with customer 59", "Contact 1 with customer 59",
            "Contact 0 with customer 59", "Contact 2 with customer 58", "Contact 1 with customer 58", "Contact 0 with customer 58", "Contact 2 with customer 57"], subjects);
    }
}

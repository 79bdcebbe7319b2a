using System.Text.Json.Nodes;
using Crm.Host.Tests.Http;

namespace Crm.Modules.History.Tests.Customers.GraphQL;

/// <summary>
/// <c>customers(orderBy:, first/after, last/before)</c> on the real host over HTTP: the module's own order fields,
/// keyset pages both ways, and cursors that belong to one ordering only.
/// </summary>
public sealed class CustomersOrderingTests : IAsyncLifetime
{
    private CrmTestHost _host = null!;
    private HttpClient _http = null!;
    private GraphQLHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await CrmTestHost.StartAsync();
        _http = _host.CreateClient();
        _client = new GraphQLHttpClient(_http);
        // Entered in this order; by folded name (case ignored, Latin before Cyrillic) they read Beta, delta, Epsilon, Альфа, Вега.
        foreach (var name in new[] { "delta", "Вега", "Beta", "Epsilon", "Альфа" })
        {
            var created = await SendAsync("""mutation($n: String!) { createCustomer(input: { customer: { name: $n } }) { errors { code } } }""", new { n = name });
            Assert.Empty(created["createCustomer"]!["errors"]!.AsArray());
        }
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_default_order_is_alphabetical_and_pages_backwards_with_last_and_before()
    {
        var all = await PageAsync("first: 10");
        Assert.Equal(["Beta", "delta", "Epsilon", "Альфа", "Вега"], Names(all));

        var tail = await PageAsync("last: 2");
        Assert.Equal(["Альфа", "Вега"], Names(tail));
        Assert.True(tail["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var before = await PageAsync($"last: 2, before: \"{tail["pageInfo"]!["startCursor"]!.GetValue<string>()}\"");
        Assert.Equal(["delta", "Epsilon"], Names(before));
        Assert.True(before["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var forward = await PageAsync($"first: 2, after: \"{before["pageInfo"]!["endCursor"]!.GetValue<string>()}\"");
        Assert.Equal(["Альфа", "Вега"], Names(forward));
        Assert.Equal(5, forward["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task OrderBy_uses_the_modules_fields_and_combines_with_the_search_filter()
    {
        var newest = await PageAsync("first: 2, orderBy: [{ field: CREATED_AT, direction: DESC }]");
        Assert.Equal(["Альфа", "Epsilon"], Names(newest));
        var next = await PageAsync($"first: 3, orderBy: [{{ field: CREATED_AT, direction: DESC }}], after: \"{newest["pageInfo"]!["endCursor"]!.GetValue<string>()}\"");
        Assert.Equal(["Beta", "Вега", "delta"], Names(next));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var filtered = await PageAsync("first: 5, filter: { text: \"ВЕ\" }, orderBy: [{ field: NAME, direction: DESC }]");
        Assert.Equal(["Вега"], Names(filtered));
        Assert.Equal(1, filtered["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_paging_gets_typed_errors()
    {
        var both = await _client.PostJsonAsync(new { query = "{ customers(first: 1, last: 1) { nodes { id } } }" });
        Assert.Equal("INVALID_INPUT", both.FirstErrorCode);

        var byName = await PageAsync("first: 1");
        var foreignCursor = await _client.PostJsonAsync(new { query = $"{{ customers(first: 1, orderBy: [{{ field: CREATED_AT }}], after: \"{byName["pageInfo"]!["endCursor"]!.GetValue<string>()}\") {{ nodes {{ id }} }} }}" });
        Assert.Equal("INVALID_INPUT", foreignCursor.FirstErrorCode);

        var unknownField = await _client.PostJsonAsync(new { query = "{ customers(first: 1, orderBy: [{ field: SEARCH_TEXT }]) { nodes { id } } }" });
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", unknownField.FirstErrorCode);

        var tooMany = await _client.PostJsonAsync(new { query = "{ customers(last: 101) { nodes { id } } }" });
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooMany.FirstErrorCode);
    }

    private static List<string> Names(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    private async Task<JsonNode> PageAsync(string arguments) =>
        (await SendAsync($"{{ customers({arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ name }} }} }}"))["customers"]!;

    private async Task<JsonObject> SendAsync(string query, object? variables = null)
    {
        var response = await _client.PostJsonAsync(new { query, variables });
        Assert.True(response.Json["errors"] is null, response.Body);
        return response.Json["data"]!.AsObject();
    }
}
